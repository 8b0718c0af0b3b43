import type { ArticleRecord } from '../model/record.js';
import { contentWords, dayGap, jaccard, lshBands, minhash } from './text-features.js';

/** What story finding keeps of an article: its content words, the figures it gives, its LSH bands. */
export interface ArticleFeatures {
  readonly words: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
}

// 40 hashes in 20 bands of 2: two articles with a quarter of their words in common meet in a band
// with probability 1 − (1 − 0.25²)²⁰ ≈ 0.73; unrelated ones (5%) with 0.05, and only inside the window.
export const MINHASH_K = 40;
export const LSH_BANDS = 20;

export function articleFeatures(r: Pick<ArticleRecord, 'title' | 'text' | 'quantities'>): ArticleFeatures {
  const words = new Set(contentWords(`${r.title ?? ''}\n${r.text}`).filter((w) => !/^\d+$/.test(w)));
  const numbers = new Set<number>();
  for (const q of r.quantities) {
    const v = q.value ?? q.low ?? q.high;
    // Small counts ("two villages") and percentages say little about which event it is.
    if (v != null && v >= 10 && q.unit !== 'percent') numbers.add(v);
  }
  return { words, numbers };
}

export function articleBands(f: ArticleFeatures): string[] {
  return lshBands(minhash(f.words, MINHASH_K), LSH_BANDS);
}

/** An actor of an article, weighted by rarity: ln(1 + N / df), halved for places (every story has one). */
export interface WeightedActor {
  readonly id: string;
  readonly weight: number;
}

export function actorWeight(df: number, total: number, type: string): number {
  const w = Math.log(1 + total / Math.max(1, df));
  return type === 'GPE' || type === 'LOC' || type === 'NORP' ? w / 2 : w;
}

export interface Comparison {
  readonly score: number;
  readonly actors: number;
  readonly words: number;
  readonly numbers: number;
  readonly days: number;
}

// Past a week apart, the same actors are most often another event; past a month, nearly always.
const WINDOW_DAYS = 7;

/**
 * How likely two articles report the same event: rare shared actors (share of the smaller article's
 * actor weight), shared content words (Jaccard), shared figures, discounted by the days between them.
 */
export function compareArticles(
  a: { features: ArticleFeatures; actors: readonly WeightedActor[]; published: string },
  b: { features: ArticleFeatures; actors: readonly WeightedActor[]; published: string },
): Comparison {
  const bIds = new Set(b.actors.map((x) => x.id));
  let shared = 0;
  for (const x of a.actors) if (bIds.has(x.id)) shared += x.weight;
  const total = (list: readonly WeightedActor[]) => list.reduce((s, x) => s + x.weight, 0);
  const actors = shared / Math.max(1e-9, Math.min(total(a.actors), total(b.actors)));
  const words = jaccard(a.features.words, b.features.words);
  let numbers = 0;
  for (const n of a.features.numbers) if (b.features.numbers.has(n)) numbers++;
  const days = dayGap(a.published, b.published);
  const closeness = days <= 2 ? 1 : days <= WINDOW_DAYS ? 0.85 : days <= 30 ? 0.5 : 0.2;
  const score = (0.45 * actors + 1.2 * words + 0.1 * Math.min(numbers, 3)) * closeness;
  return { score, actors, words, numbers, days };
}
