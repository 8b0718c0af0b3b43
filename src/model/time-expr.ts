import type { Located } from './span.js';

/** How much of the value the text really fixed. */
export type TimeGrain = 'year' | 'month' | 'week' | 'day';

/** A time expression normalised against the publication date. Example: "last year" (2020-06-08) → {value: '2019', grain: 'year'}. */
export interface TimeExpr extends Located {
  /** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www. */
  readonly value: string;
  readonly grain: TimeGrain;
  readonly anchoredOn: 'published' | 'absolute';
}
