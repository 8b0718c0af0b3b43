import { flowText } from './flow-text.js';
import type { Article } from '../model/article.js';
import { POS_TAGS, TokenKind, type Doc, type Sentence, type TokenKindCode } from '../model/doc.js';
import { winkInput } from './wink-input.js';
import { noteWinkRead, wink } from './wink.js';

const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const QUOTE_CHARS = new Set(['"', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', "'", '\u201E', '\u201F']);
// wink-nlp's sentence splitter is slow on, and not meant for, megabyte-long "sentences"; splitting the
// text into paragraph-sized chunks first bounds its work per call.
const MAX_CHUNK = 20_000;

function kindOf(winkType: string, value: string): TokenKindCode {
  if (winkType === 'word') return TokenKind.word;
  if (winkType === 'number' || winkType === 'ordinal') return TokenKind.number;
  if (winkType === 'punctuation') return QUOTE_CHARS.has(value) ? TokenKind.quote : TokenKind.punct;
  if (winkType === 'symbol' || winkType === 'currency') return TokenKind.symbol;
  return TokenKind.other;
}

/** Paragraph-ish chunks [start, end) of at most ~MAX_CHUNK chars, cut at blank lines, newlines, or spaces. */
function chunksOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' '));
      if (cut > MAX_CHUNK / 4) end = start + cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * Sentences, tokens, part of speech and lemmas for an article, with every offset pointing into the
 * untouched `article.text`. Paragraph breaks always end a sentence.
 */
export function buildDoc(article: Article): Doc {
  const text = article.text;
  const flow = flowText(text);
  const nlp = wink();
  const its = nlp.its;
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const pos: number[] = [];
  const lemmas: string[] = [];
  const sentences: Sentence[] = [];

  for (const [chunkStart, chunkEnd] of chunksOf(flow)) {
    // Split on paragraph breaks ourselves: headlines and datelines have no final stop.
    // Paragraphs and what wink reads come from the flowed text: a soft line break is a space there.
    const chunk = flow.slice(chunkStart, chunkEnd);
    const paraRe = /\n\s*\n|\n/g;
    let paraStart = 0;
    const paras: Array<[number, number]> = [];
    for (let m = paraRe.exec(chunk); m; m = paraRe.exec(chunk)) {
      paras.push([paraStart, m.index]);
      paraStart = m.index + m[0].length;
    }
    paras.push([paraStart, chunk.length]);
    for (const [ps, pe] of paras) {
      const para = chunk.slice(ps, pe);
      if (!para.trim()) continue;
      const base = chunkStart + ps;
      // wink sees `wtext`: the paragraph with over-long runs replaced and possessives unglued (wink-input.ts);
      // offsets are mapped back through the edits.
      const { text: wtext, edits } = winkInput(para);
      const wdoc = nlp.readDoc(wtext);
      const values = wdoc.tokens().out();
      const types = wdoc.tokens().out(its.type);
      const tags = wdoc.tokens().out(its.pos);
      const lems = wdoc.tokens().out(its.lemma);
      const firstOfDoc = starts.length;
      let cursor = 0;
      let edit = 0;
      let shift = 0; // original offset minus wtext offset, after the edits passed so far
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        let at = wtext.indexOf(v, cursor);
        // wink may normalise a token (rare); fall back to the next non-space run.
        if (at < 0 || at - cursor > 64) {
          at = cursor;
          while (at < wtext.length && /\s/.test(wtext[at]!)) at++;
        }
        const end = Math.min(wtext.length, at + v.length);
        cursor = end;
        // Edits before this token shift it (an inserted space is never a token).
        for (; edit < edits.length && edits[edit]!.at < at; edit++) shift += edits[edit]!.length - edits[edit]!.winkLength;
        if (edit < edits.length && edits[edit]!.at === at && edits[edit]!.longRun) {
          // The placeholder: one token over the whole long run, kind other, no part of speech.
          const run = edits[edit]!;
          starts.push(base + run.from);
          ends.push(base + run.from + run.length);
          kinds.push(TokenKind.other);
          pos.push(POS_INDEX.get('X')!);
          lemmas.push(para.slice(run.from, run.from + run.length).toLowerCase());
          shift += run.length - run.winkLength;
          edit++;
          continue;
        }
        starts.push(base + at + shift);
        ends.push(base + end + shift);
        kinds.push(kindOf(types[i]!, v));
        pos.push(POS_INDEX.get(tags[i]!) ?? POS_INDEX.get('X')!);
        lemmas.push((lems[i] ?? v).toLowerCase());
      }
      let tokenAt = firstOfDoc;
      wdoc.sentences().each((s) => {
        const n = s.tokens().length();
        if (n === 0) return;
        const first = tokenAt;
        const endToken = tokenAt + n;
        sentences.push({ firstToken: first, endToken, start: starts[first]!, end: ends[endToken - 1]! });
        tokenAt = endToken;
      });
    }
  }
  noteWinkRead(text.length);
  return {
    article,
    text,
    flowText: flow,
    tokenCount: starts.length,
    tokenStart: Int32Array.from(starts),
    tokenEnd: Int32Array.from(ends),
    tokenKind: Uint8Array.from(kinds),
    tokenPos: Uint8Array.from(pos),
    tokenLemma: lemmas,
    sentences,
  };
}
