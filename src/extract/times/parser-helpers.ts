import type { ParsingContext } from 'chrono-node';
import type { TimeGrain } from '../../model/time-expr.js';
import type { Ymd } from './calendar.js';

/** Tags our own chrono parsers put on a result: the grain the words fixed and the rule id. */
export const GRAIN_TAG = 'attest/grain/';
export const RULE_TAG = 'attest/rule/';

export function grainTag(grain: TimeGrain): string {
  return GRAIN_TAG + grain;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True when text[i] is a letter, digit or underscore (false outside the text). */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

/** The publication day chrono was given as reference (noon UTC, so the UTC fields are that day). */
export function refDay(context: ParsingContext): Ymd {
  const d = context.refDate;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
