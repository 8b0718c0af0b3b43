import { addDays, dayNumber, fromDayNumber, isRealDate, weekdayOf, type Ymd } from './calendar.js';
import type { FutureCue } from './future-cue.js';

/** How far ahead a yearless day may lie: always when close, further only when the clause says it is ahead. */
const NEAR_FUTURE_DAYS = 92;
const CUED_FUTURE_DAYS = 270;

/**
 * The year of a yearless "April 29" written on `ref`: the latest such day on or before `ref`, unless the
 * next one is near and nearer than the last one (or just nearer, after "until"), or the clause has a
 * future cue ("will", "due"). Example: (4, 29, 2019-05-16, null) → 2019-04-29; (3, 6, 2020-02-27, null) → 2020-03-06.
 */
export function resolveMonthDay(month: number, day: number, ref: Ymd, cue: FutureCue): Ymd | null {
  const r = dayNumber(ref);
  let past: number | null = null;
  let future: number | null = null;
  // Eight years either side always holds a 29 February.
  for (let y = ref.year - 8; y <= ref.year + 8; y++) {
    if (!isRealDate(y, month, day)) continue;
    const n = dayNumber({ year: y, month, day });
    if (n <= r) past = n;
    else if (future === null) future = n;
  }
  if (future !== null) {
    const ahead = future - r;
    const behind = past === null ? Infinity : r - past;
    const limit = cue === 'clause' ? CUED_FUTURE_DAYS : cue === 'adjacent' ? Infinity : NEAR_FUTURE_DAYS;
    if (ahead <= limit && (cue === 'clause' || ahead < behind)) return fromDayNumber(future);
  }
  return past === null ? null : fromDayNumber(past);
}

/**
 * The year of a bare month ("in May") written on `ref`: this month or the latest before it; with a clause
 * cue ("will") this month or the next after it; after "until" or "by" whichever is nearer.
 * Example: (12, 2021-01-03, null) → 2020; (3, 2024-11-26, null) → 2024; (3, 2023-01-03, 'adjacent') → 2023.
 */
export function resolveMonthYear(month: number, ref: Ymd, cue: FutureCue): number {
  const last = month <= ref.month ? ref.year : ref.year - 1;
  const next = month >= ref.month ? ref.year : ref.year + 1;
  if (cue === 'clause') return next;
  if (cue === 'adjacent') return (next - ref.year) * 12 + month - ref.month < (ref.year - last) * 12 + ref.month - month ? next : last;
  return last;
}

/** Which occurrence of a weekday: the one on or before publication, strictly before ("last"), strictly after ("next"). */
export type WeekdayMode = 'on-or-before' | 'before' | 'after';

/** A weekday (0 = Sunday) resolved against `ref`. Example: (0, 2020-06-08 Monday, 'on-or-before') → 2020-06-07. */
export function resolveWeekday(weekday: number, ref: Ymd, mode: WeekdayMode): Ymd {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (mode === 'after') return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7 || 7);
  return addDays(ref, -(back === 0 && mode === 'before' ? 7 : back));
}

/** A weekday in the ISO week `weekOffset` weeks from `ref`'s ("Sunday last week"). Weeks start on Monday. */
export function resolveWeekdayInWeek(weekday: number, ref: Ymd, weekOffset: number): Ymd {
  const iso = (d: number) => (d + 6) % 7;
  return addDays(ref, -iso(weekdayOf(ref)) + 7 * weekOffset + iso(weekday));
}
