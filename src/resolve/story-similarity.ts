import type { ArticleRecord } from '../model/record.js';
import { claimWords } from './match-claims.js';
import { contentWords, dayGap, jaccard, lshBands, minhash } from './text-features.js';

/**
 * What story finding keeps of an article: its content words, the words of its lead (title and first
 * two sentences: what happened), the words of each statement it reports, and the figures it gives.
 */
export interface ArticleFeatures {
  readonly words: ReadonlySet<string>;
  readonly lead: ReadonlySet<string>;
  readonly statements: ReadonlyArray<ReadonlySet<string>>;
  readonly numbers: ReadonlySet<number>;
}

// A statement needs this many content words to be matched across articles; at most this many are kept.
const STATEMENT_MIN_WORDS = 3;
const STATEMENTS_KEPT = 40;
const notNumber = (w: string) => !/^\d+$/.test(w);

/** The title and first two sentences, dateline dropped. */
export function leadOf(r: Pick<ArticleRecord, 'title' | 'text'>): string {
  const body = r.text.replace(/^[^\n]{0,80}?\s[-–—]\s/, '');
  return `${r.title ?? ''}\n${body.split(/(?<=[.!?])\s+/, 2).join(' ')}`;
}

// 40 hashes in 20 bands of 2: two articles with a quarter of their words in common meet in a band
// with probability 1 − (1 − 0.25²)²⁰ ≈ 0.73; unrelated ones (5%) with 0.05, and only inside the window.
export const MINHASH_K = 40;
export const LSH_BANDS = 20;

export function articleFeatures(r: Pick<ArticleRecord, 'title' | 'text' | 'quantities' | 'statements'>): ArticleFeatures {
  const words = new Set(contentWords(`${r.title ?? ''}\n${r.text}`).filter(notNumber));
  const lead = new Set(contentWords(leadOf(r)).filter(notNumber));
  const statements = r.statements.map((st) => claimWords(st.content)).filter((w) => w.size >= STATEMENT_MIN_WORDS).slice(0, STATEMENTS_KEPT);
  const numbers = new Set<number>();
  for (const q of r.quantities) {
    const v = q.value ?? q.low ?? q.high;
    // Small counts ("two villages") and percentages say little about which event it is.
    if (v != null && v >= 10 && q.unit !== 'percent') numbers.add(v);
  }
  return { words, lead, statements, numbers };
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
  readonly lead: number;
  readonly statement: number;
  readonly words: number;
  readonly numbers: number;
  readonly days: number;
}

/** The best match between a statement of one and a statement of the other (share of the shorter one's words). */
function bestStatement(a: ArticleFeatures, b: ArticleFeatures): number {
  let best = 0;
  for (const x of a.statements)
    for (const y of b.statements) {
      let shared = 0;
      for (const w of x) if (y.has(w)) shared++;
      if (shared >= STATEMENT_MIN_WORDS) best = Math.max(best, shared / Math.min(x.size, y.size));
    }
  return best;
}

/**
 * How likely two articles report the same event. What happened is in the lead, so lead words weigh most;
 * then a statement both report, all content words, rare shared actors and shared figures; discounted by
 * the days between them. Shared actors weigh little on purpose: the near misses (the same company's
 * share fall and its chief's arrest in one week) share nearly all their actors, not their leads.
 * Weights and JOIN_SCORE were set on test/fixtures/stories and dev-stories; test/heldout-stories measures them.
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
  const lead = jaccard(a.features.lead, b.features.lead);
  const statement = bestStatement(a.features, b.features);
  const words = jaccard(a.features.words, b.features.words);
  let numbers = 0;
  for (const n of a.features.numbers) if (b.features.numbers.has(n)) numbers++;
  const days = dayGap(a.published, b.published);
  const closeness = days <= 2 ? 1 : days <= 7 ? 0.85 : days <= 30 ? 0.5 : 0.2;
  const score = (0.1 * actors + 3 * lead + 0.5 * statement + 1.5 * words + 0.05 * Math.min(numbers, 3)) * closeness;
  return { score, actors, lead, statement, words, numbers, days };
}
