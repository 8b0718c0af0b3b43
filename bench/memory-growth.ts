// Does memory grow with the number of articles analysed? wink-nlp adds every token it has not seen
// to its in-memory lexicon and never drops it, and news is full of new names and figures. This feeds
// buildDoc articles that each carry fresh tokens and prints the live heap (after GC) as it goes.
//   node --expose-gc dist/bench/memory-growth.js [--articles N]
import { buildDoc } from '../src/nlp/build-doc.js';
import { generateArticle } from './generate-corpus.js';
import { createRng } from './prng.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('memory-growth: run with node --expose-gc');
  process.exit(2);
}
const argv = process.argv.slice(2);
const i = argv.indexOf('--articles');
const total = i >= 0 ? Number(argv[i + 1]) : 20_000;
const rng = createRng(99);
const fresh = (): string => (rng.chance(0.5) ? String(rng.int(1000, 99_999_999)) : `${String.fromCharCode(65 + rng.int(0, 25))}${rng.next().toString(36).slice(2, 9)}`);
const heapMB = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const start = heapMB();
console.log(`articles  heap MB  (each article: a generated text plus 50 tokens never seen before)`);
const t0 = performance.now();
for (let n = 1; n <= total; n++) {
  const a = generateArticle(n % 500);
  buildDoc({ ...a, text: `${a.text}\n\n${Array.from({ length: 50 }, fresh).join(' ')}.` });
  if (n % Math.max(1, Math.floor(total / 5)) === 0) console.log(`${String(n).padStart(8)}  ${heapMB().toFixed(0).padStart(7)}`);
}
const grew = heapMB() - start;
console.log(`heap grew ${grew.toFixed(0)} MB over ${total} articles (${((grew * 1000) / total).toFixed(1)} MB per 1,000) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
