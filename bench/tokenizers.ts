// Why wink-nlp: sentences + tokens + part of speech (+ char offsets) throughput on the bench corpus,
// wink-nlp (as build-doc uses it, and raw) against compromise, in one process on the same texts.
//   node dist/bench/tokenizers.js [--articles N] [--seconds S] [--json]
import type { Article } from '../src/model/article.js';
import { buildDoc } from '../src/nlp/build-doc.js';
import { wink } from '../src/nlp/wink.js';
import { fixed, int, si, table } from './format.js';
import { generateCorpus } from './generate-corpus.js';
import { describeMachine, formatMachine } from './machine.js';

interface Engine {
  readonly name: string;
  readonly what: string;
  /** Analyses one text; returns [sentences, tokens]. */
  run(text: string): [number, number];
}

interface CompromiseTerm {
  offset?: { start: number; length: number };
  tags?: string[];
}

async function engines(): Promise<Engine[]> {
  const nlp = wink();
  const its = nlp.its;
  const two = (await import('compromise/two')).default;
  const three = (await import('compromise')).default;
  const article = (text: string): Article => ({ id: 'b', outlet: null, published: '2024-01-01', title: null, url: null, text, origin: { file: 'b', line: null, format: 'text' } });
  const viaJson = (doc: { json(opts: object): Array<{ terms: CompromiseTerm[] }> }): [number, number] => {
    const sentences = doc.json({ offset: true });
    let tokens = 0;
    for (const s of sentences) for (const t of s.terms) if (t.offset && t.tags) tokens++;
    return [sentences.length, tokens];
  };
  return [
    {
      name: 'attest buildDoc (wink-nlp)',
      what: 'paragraph split, readDoc, tokens + type + POS + lemma, offsets mapped into the text, struct-of-arrays Doc',
      run(text) {
        const d = buildDoc(article(text));
        return [d.sentences.length, d.tokenCount];
      },
    },
    {
      name: 'wink-nlp readDoc, raw',
      what: 'readDoc on the whole text, tokens + POS out, sentences counted (no offsets)',
      run(text) {
        const d = nlp.readDoc(text);
        const values = d.tokens().out();
        d.tokens().out(its['pos']);
        return [d.sentences().length(), values.length];
      },
    },
    {
      name: 'compromise/two .json({offset})',
      what: 'tokenise + tag (POS) + sentences, terms with offsets',
      run: (text) => viaJson(two(text) as unknown as { json(opts: object): Array<{ terms: CompromiseTerm[] }> }),
    },
    {
      name: 'compromise (three) .json({offset})',
      what: 'as above plus chunking (the build bench/run.ts compares against)',
      run: (text) => viaJson(three(text) as unknown as { json(opts: object): Array<{ terms: CompromiseTerm[] }> }),
    },
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    const n = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isFinite(n) || n <= 0) throw new Error(`tokenizers: ${name} expects a positive number`);
    return n;
  };
  const corpus = generateCorpus(Math.round(value('--articles', 300)));
  const minMs = value('--seconds', 2) * 1000;
  const chars = corpus.reduce((n, a) => n + a.text.length, 0);
  console.log(`tokenizer choice: sentences + tokens + POS on ${corpus.length} generated articles (${int(chars)} chars), interleaved per article, ≥ ${minMs / 1000} s per engine after a warm-up`);
  console.log(`machine: ${formatMachine(describeMachine())}`);
  // Interleaved per article (every engine runs each text in turn), so load from other processes on the
  // machine falls on all engines alike.
  const list = await engines();
  for (const a of corpus.slice(0, 30)) for (const e of list) e.run(a.text);
  const ms = list.map(() => 0);
  const sentences = list.map(() => 0);
  const tokens = list.map(() => 0);
  let articles = 0;
  let passChars = 0;
  const t0 = performance.now();
  do {
    for (const a of corpus) {
      list.forEach((e, k) => {
        const t = performance.now();
        const [s, n] = e.run(a.text);
        ms[k]! += performance.now() - t;
        sentences[k]! += s;
        tokens[k]! += n;
      });
      articles++;
      passChars += a.text.length;
    }
  } while (performance.now() - t0 < minMs * list.length);
  const rows: string[][] = [];
  const results: Record<string, { articlesPerSecond: number; charsPerSecond: number; sentencesPerArticle: number; tokensPerArticle: number }> = {};
  list.forEach((e, k) => {
    const aps = (articles * 1000) / ms[k]!;
    results[e.name] = { articlesPerSecond: aps, charsPerSecond: (passChars * 1000) / ms[k]!, sentencesPerArticle: sentences[k]! / articles, tokensPerArticle: tokens[k]! / articles };
    rows.push([e.name, fixed(aps, 1), si((passChars * 1000) / ms[k]!), fixed(ms[k]! / articles, 2), fixed(sentences[k]! / articles, 1), fixed(tokens[k]! / articles, 0), e.what]);
  });
  for (const line of table(['engine', 'articles/s', 'chars/s', 'ms/article', 'sentences/article', 'tokens/article', 'what is timed'], rows)) console.log(line);
  console.log('  (compromise attaches punctuation to words, so it counts fewer tokens; tag sets differ: UD for wink, compromise\'s own)');
  if (argv.includes('--json')) console.log(JSON.stringify(results));
}

main().catch((err: unknown) => {
  process.stderr.write(`tokenizers: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
