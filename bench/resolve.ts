// Cross-article cost: what resolving one more article costs in a store that already holds N resolved
// articles (N = 1,000, 10,000, 100,000 by default), on SQLite. The store is filled with generated
// fictional articles (bench/generate-corpus.ts) at a firehose's density (~270 a day, so a 10-day story
// window holds thousands), analysed once and saved again under new ids, dates and words; then each new article
// is saved and resolved on its own, as `attest ingest` of one article does. The smallest store is the
// peer: the ratio says how the per-article cost grows with the store (1.0 = not at all).
//   node dist/bench/resolve.js [--sizes 1000,10000,100000] [--new 40] [--pool 6000] [--json]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleRecord } from '../src/model/record.js';
import { rebuild, resolveArticles } from '../src/resolve/run-resolve.js';
import { createAnalyzePool } from '../src/store/ingest/analyze-pool.js';
import { openStore } from '../src/store/open-store.js';
import { saveArticle } from '../src/store/save-article.js';
import { generateCorpus } from './generate-corpus.js';
import { describeMachine, formatMachine, peakRssMB } from './machine.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const NEW = Number(arg('new', '40'));
// Distinct analysed articles; copies of one are further apart than the story window at PER_DAY.
const POOL = Number(arg('pool', '6000'));
const PER_DAY = 270;
const START = Date.parse('2024-01-01T00:00:00Z');

const dayOf = (i: number) => new Date(START + Math.floor(i / PER_DAY) * 86_400_000).toISOString().slice(0, 10);

// The generator repeats its topics' quotes, so at a firehose's density every copy would be one story.
// Each block of BLOCK consecutive copies gets a vocabulary of its own instead: every word of four or
// more letters is replaced, in the text and every string of the record alike, by a made-up word of the
// same length (spans stay right). Articles of one block can form stories; blocks share nothing.
const BLOCK = 50;
const KEEP = new Set(['type', 'source_kind', 'stance', 'predicate', 'grain', 'rule', 'kind', 'unit', 'published', 'value']);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function scrambleWord(word: string, block: number): string {
  let h = 2166136261 ^ block;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    h = Math.imul(h ^ word.charCodeAt(i), 16777619) >>> 0;
    const c = LETTERS[h % 26]!;
    out += word[i] === word[i]!.toUpperCase() && word[i] !== word[i]!.toLowerCase() ? c.toUpperCase() : c;
  }
  return out;
}

function scramble<T>(value: T, block: number, key = ''): T {
  if (typeof value === 'string') return (KEEP.has(key) ? value : value.replace(/\p{L}{4,}/gu, (w) => scrambleWord(w, block))) as T;
  if (Array.isArray(value)) return value.map((v) => scramble(v, block, key)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v, block, k)])) as T;
  return value;
}

/** Copy `n` of a pool record: a new id, a date by position, its block's vocabulary. */
function copyOf(r: ArticleRecord, n: number): ArticleRecord {
  return { ...scramble(r, Math.floor(n / BLOCK)), id: `bench-${n}`, published: dayOf(n) };
}

const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const machine = describeMachine();
console.log(`attest resolve bench — ${formatMachine(machine)}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-resolve-'));
const pool = await createAnalyzePool(Math.min(2, machine.cores));
const t0 = performance.now();
const records = await Promise.all(generateCorpus(POOL + NEW).map((a) => pool.analyze(a)));
await pool.close();
console.log(`analysed ${records.length} generated articles in ${((performance.now() - t0) / 1000).toFixed(1)} s (2 threads); stores filled from the first ${POOL}, new articles from the rest`);
console.log('');
console.log('| store holds | fill: save + resolve | resolve throughput | new article: save + resolve, p50 | p90 | × the smallest store | stories | peak RSS |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');

const results: Array<{ size: number; p50: number; p90: number; fillSeconds: number; resolvePerSecond: number; stories: number; biggest: number }> = [];
for (const size of SIZES) {
  const file = path.join(tmp, `r${size}.db`);
  const store = await openStore(file);
  const f0 = performance.now();
  for (let i = 0; i < size; i++) await saveArticle(store, copyOf(records[i % POOL]!, i));
  const r0 = performance.now();
  await rebuild(store);
  const fillMs = performance.now() - f0;
  const resolveMs = performance.now() - r0;
  const ms: number[] = [];
  for (let k = 0; k < NEW; k++) {
    // A new article dated inside the stored range (the last week), as news arrives.
    const rec = { ...copyOf(records[POOL + k]!, size - 1 - k), id: `new-${k}`, published: dayOf(Math.max(0, size - 1 - (k % 7) * PER_DAY)) };
    const s = performance.now();
    await saveArticle(store, rec);
    await resolveArticles(store, [rec.id]);
    ms.push(performance.now() - s);
  }
  const { n, biggest } = await store.db.selectFrom('stories').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('article_count').as('biggest')]).executeTakeFirstOrThrow();
  await store.close();
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(file + ext, { force: true });
  const r = { size, p50: percentile(ms, 0.5), p90: percentile(ms, 0.9), fillSeconds: fillMs / 1000, resolvePerSecond: size / (resolveMs / 1000), stories: Number(n), biggest: Number(biggest) };
  results.push(r);
  const ratio = r.p50 / results[0]!.p50;
  console.log(`| ${size.toLocaleString('en')} | ${r.fillSeconds.toFixed(0)} s | ${r.resolvePerSecond.toFixed(0)} articles/s | ${r.p50.toFixed(1)} ms | ${r.p90.toFixed(1)} ms | ${ratio.toFixed(2)} | ${r.stories.toLocaleString('en')} (largest ${r.biggest}) | ${peakRssMB().toFixed(0)} MB |`);
}
fs.rmSync(tmp, { recursive: true, force: true });
if (process.argv.includes('--json')) console.log(JSON.stringify({ machine, results }));
