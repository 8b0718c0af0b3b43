import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { TimeGrain } from '../../model/time-expr.js';
import { formatDay, formatIsoWeek, formatMonth, formatYear, isRealDate, type Ymd } from './calendar.js';
import type { Candidate } from './candidate.js';
import type { FutureCue } from './future-cue.js';
import { HOLIDAY_TAG } from './parse-holiday.js';
import { GRAIN_TAG, RULE_TAG } from './parser-helpers.js';
import { resolveMonthDay, resolveMonthYear, resolveWeekday, resolveWeekdayInWeek, type WeekdayMode } from './resolve-date.js';
import type { TimeLexicon } from './time-lexicon.js';

/** What a chrono result is read against: the chunk it came from and the publication day. */
export interface ChunkContext {
  readonly text: string;
  /** Offset of the chunk in the article text. */
  readonly offset: number;
  readonly ref: Ymd;
  readonly lex: TimeLexicon;
  /** True when the bare month name at article offsets [start, end) is part of a person's name ("Theresa May"). */
  readonly monthIsName: (start: number, end: number) => boolean;
  /** What says the date at article offset `start` lies ahead, if anything. */
  readonly futureCue: (start: number) => FutureCue;
}

const AGO_UNIT = /\b(second|minute|hour|day|week|month|year)s?\s+ago\b/i;
const AGO_GRAIN: Record<string, TimeGrain> = { second: 'day', minute: 'day', hour: 'day', day: 'day', week: 'week', month: 'month', year: 'year' };
const RELATIVE_TO_STORY = /\b(?:earlier|before|later|after)\s*$/i;
const NUMERIC_DAY_MONTH = /^\W*(?:on\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\W*$/i;
const WEEK_OF = /\b(last|past|this|next)\s+week\b/i;
const NAME_WORD = /(?<![\p{L}\p{N}'’])\p{L}+/gu;
const FUNCTION_WORD = /^(?:on|of|the|in|and|to)$/i;

/** True when every month or weekday name in a date's text is capitalised ("May 5", not "may 5"). */
function namesCapitalised(text: string): boolean {
  for (const m of text.matchAll(NAME_WORD)) if (!FUNCTION_WORD.test(m[0]) && !/^\p{Lu}/u.test(m[0])) return false;
  return true;
}

/** The value of a day, month or year at a grain. */
export function valueAt(grain: TimeGrain, d: Ymd): string {
  if (grain === 'year') return formatYear(d.year);
  if (grain === 'month') return formatMonth(d.year, d.month);
  if (grain === 'week') return formatIsoWeek(d);
  return formatDay(d);
}

/** Reads one chrono result as a candidate time, or null when it fixes no calendar value (a clock time, "weekend"). */
export function fromChrono(result: ParsedResult, cx: ChunkContext): Candidate | null {
  const s = result.start;
  const text = result.text;
  const start = cx.offset + result.index;
  const end = start + text.length;
  const tags = [...result.tags()];
  const ours = tags.find((t) => t.startsWith(GRAIN_TAG));
  const day = (): Ymd => ({ year: s.get('year') ?? cx.ref.year, month: s.get('month') ?? 1, day: s.get('day') ?? 1 });
  if (ours) {
    const grain = ours.slice(GRAIN_TAG.length) as TimeGrain;
    const rule = tags.find((t) => t.startsWith(RULE_TAG))?.slice(RULE_TAG.length) ?? 'relative';
    return { start, end, value: valueAt(grain, day()), grain, anchoredOn: rule === 'year' ? 'absolute' : 'published', rule };
  }
  // chrono reads "this weekend" as a Saturday and "on weekdays" as a day; neither is one day.
  if (/\bweek(?:end|day)s?\b/i.test(text) && !s.isCertain('day')) return null;
  // "a year earlier", "two days before": counted from something in the story, not from publication.
  if (RELATIVE_TO_STORY.test(text)) return null;
  const ago = AGO_UNIT.exec(text);
  if (ago) {
    const grain = AGO_GRAIN[ago[1]!.toLowerCase()]!;
    return { start, end, value: valueAt(grain, day()), grain, anchoredOn: 'published', rule: 'units-ago' };
  }
  if (s.isCertain('day') && s.isCertain('month')) return dayDate(s, text, start, end, cx);
  if (s.isCertain('weekday')) return weekday(s, text, start, end, cx);
  if (s.isCertain('month')) return monthDate(s, text, start, end, cx);
  if (s.isCertain('year')) return { start, end, value: formatYear(s.get('year')!), grain: 'year', anchoredOn: 'absolute', rule: 'year' };
  return null;
}

function dayDate(s: ParsedComponents, text: string, start: number, end: number, cx: ChunkContext): Candidate | null {
  const month = s.get('month')!;
  const d = s.get('day')!;
  if (s.isCertain('year')) {
    const year = s.get('year')!;
    if (!isRealDate(year, month, d)) return null;
    return { start, end, value: formatDay({ year, month, day: d }), grain: 'day', anchoredOn: 'absolute', rule: 'date' };
  }
  // "6/8" or "24.7" without a year is as likely a ratio or a score as a date; "may 5" is a modal and a number.
  if (NUMERIC_DAY_MONTH.test(text) || !namesCapitalised(text)) return null;
  const rule = [...s.tags()].includes(HOLIDAY_TAG) ? 'holiday' : 'month-day';
  const resolved = resolveMonthDay(month, d, cx.ref, cx.futureCue(start));
  if (!resolved) return null;
  return { start, end, value: formatDay(resolved), grain: 'day', anchoredOn: 'published', rule };
}

function weekday(s: ParsedComponents, text: string, start: number, end: number, cx: ChunkContext): Candidate | null {
  const wd = s.get('weekday')!;
  if (isBlockedWeekday(cx, start - cx.offset, end - cx.offset)) return null;
  const inWeek = WEEK_OF.exec(text);
  let d: Ymd;
  if (inWeek) {
    const w = inWeek[1]!.toLowerCase();
    d = resolveWeekdayInWeek(wd, cx.ref, w === 'next' ? 1 : w === 'this' ? 0 : -1);
  } else {
    const lead = /^\W*(?:on\s+)?(last|past|next)\b/i.exec(text)?.[1]?.toLowerCase();
    const mode: WeekdayMode = lead === 'next' ? 'after' : lead ? 'before' : 'on-or-before';
    d = resolveWeekday(wd, cx.ref, mode);
  }
  return { start, end, value: formatDay(d), grain: 'day', anchoredOn: 'published', rule: 'weekday' };
}

/** "the Sunday Times", "Super Tuesday": a weekday that is part of a name. */
function isBlockedWeekday(cx: ChunkContext, start: number, end: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(cx.text.slice(Math.max(0, start - 20), start))?.[1];
  const after = /^\W{0,2}?\s+(\p{L}+)/u.exec(cx.text.slice(end, end + 20))?.[1];
  // Only a capitalised full name is a day: "sun", "Sat" and "the Sun" are not.
  if (!/\b\p{Lu}\p{Ll}+day\b/u.test(cx.text.slice(start, end))) return true;
  return (!!before && cx.lex.weekdayBlockBefore.has(before.toLowerCase())) || (!!after && cx.lex.weekdayBlockAfter.has(after.toLowerCase()));
}

function monthDate(s: ParsedComponents, text: string, start: number, end: number, cx: ChunkContext): Candidate | null {
  const month = s.get('month')!;
  if (s.isCertain('year'))
    return { start, end, value: formatMonth(s.get('year')!, month), grain: 'month', anchoredOn: 'absolute', rule: 'month-year' };
  // A month alone must be written as a name ("May", not the modal "may"), and not be a surname ("Theresa May").
  const word = /\p{Lu}?\p{L}+/u.exec(text.replace(/^\s*in\s+/i, ''));
  if (!word || !/^\p{Lu}/u.test(word[0])) return null;
  const at = start + text.indexOf(word[0]);
  if (cx.monthIsName(at, at + word[0].length)) return null;
  const year = resolveMonthYear(month, cx.ref, cx.futureCue(start));
  return { start, end, value: formatMonth(year, month), grain: 'month', anchoredOn: 'published', rule: 'month' };
}
