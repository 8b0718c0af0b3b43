import type { TimeGrain } from '../../model/time-expr.js';

/** A time found in the article, before span clean-up: absolute offsets into the article text. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly grain: TimeGrain;
  readonly anchoredOn: 'published' | 'absolute';
  /** The part after `times/`, e.g. `weekday`. */
  readonly rule: string;
}
