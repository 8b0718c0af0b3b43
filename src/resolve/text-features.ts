import { loadLexicon } from '../lexicons.js';

/**
 * Text as resolve/ compares it: folded (no case, no accents, punctuation as spaces), content words only
 * (lexicons/en/resolve-stopwords.tsv out), a plural -s dropped. Example:
 * contentWords('The contractors landed at Lutende') → ['contractor', 'landed', 'lutende'].
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let stopwords: Set<string> | undefined;
function stopwordSet(): Set<string> {
  stopwords ??= new Set(loadLexicon('resolve-stopwords', [{ name: 'word' }]).map((r) => r['word']!));
  return stopwords;
}

/** One word as resolve/ keys it: folded, plural -s (not -ss, -us, -is) dropped. */
export function stem(word: string): string {
  return word.length > 3 && /[^sui]s$/.test(word) ? word.slice(0, -1) : word;
}

/** Content words in text order (repeats kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const stop = stopwordSet();
  for (const w of fold(text).split(' ')) {
    if (w.length < 3 && !/\d/.test(w)) continue;
    if (stop.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** 32-bit FNV-1a of a string, seeded: the hash family MinHash draws from. */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so nearby seeds give independent hashes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** MinHash signature of a set: for each of `k` seeded hashes, the least value over the set's members. */
export function minhash(items: Iterable<string>, k: number): number[] {
  const sig = new Array<number>(k).fill(0xffffffff);
  for (const item of items)
    for (let i = 0; i < k; i++) {
      const h = hash32(item, i * 0x9e3779b1);
      if (h < sig[i]!) sig[i] = h;
    }
  return sig;
}

/** LSH bands of a signature: `bands` keys of `rows` values each; two sets sharing a key are candidates. */
export function lshBands(sig: readonly number[], bands: number): string[] {
  const rows = Math.floor(sig.length / bands);
  const out: string[] = [];
  for (let b = 0; b < bands; b++) out.push(`${b}:${hash32(sig.slice(b * rows, (b + 1) * rows).join(',')).toString(36)}`);
  return out;
}

/** |a ∩ b| / |a ∪ b|. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** |a ∩ b| / min(|a|, |b|): how much of the shorter one the longer one holds. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.min(a.size, b.size);
}

/** Whole days from date a to date b (YYYY-MM-DD), absolute. */
export function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}
