import type { Located } from './span.js';

/**
 * A count or amount. Exact figures set `value`; bounds, ranges and vague amounts set `low`/`high`.
 * Example: "up to 1,200 fighters" → {value: null, low: null, high: 1200, item: 'fighters'}.
 */
export interface Quantity extends Located {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** The counted thing ("fighters"), or null when the text names none. */
  readonly item: string | null;
  /** Currency code or 'percent' where the amount has one. */
  readonly unit: string | null;
}
