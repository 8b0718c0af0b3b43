import { loadLexicon } from '../../lexicons.js';
import type { TimeGrain } from '../../model/time-expr.js';

/** The times layer's vocabulary (lexicons/en/time-*.tsv), loaded and checked once per pipeline. */
export interface TimeLexicon {
  /** Month word as written (case matters: "May" is a month, "may" is not) → 1-12. */
  readonly months: ReadonlyMap<string, number>;
  /** Lower-cased deictic word → offset in units: last -1, this 0, next 1. */
  readonly deictics: ReadonlyMap<string, number>;
  /** Lower-cased unit word → grain. */
  readonly units: ReadonlyMap<string, TimeGrain>;
  /** Lower-cased phrases naming part of a period ("late", "the end of"). */
  readonly periodParts: readonly string[];
  /** Lower-cased word before an expression → prep | part. */
  readonly spanPrefixes: ReadonlyMap<string, 'prep' | 'part'>;
  /** Lower-cased words that put a date ahead when anywhere shortly before it in its clause ("will"). */
  readonly futureCues: ReadonlyMap<string, FutureCueWord>;
  /** Lower-cased words that put a date ahead, if that is nearer, when right before it ("until"). */
  readonly deadlineCues: ReadonlySet<string>;
  /** Lower-cased phrases that, just before a four-digit number, make it a count. */
  readonly yearBlockBefore: readonly string[];
  /** Lower-cased words that, just after a four-digit number, make it a measure. */
  readonly yearBlockAfter: ReadonlySet<string>;
  readonly weekdayBlockBefore: ReadonlySet<string>;
  readonly weekdayBlockAfter: ReadonlySet<string>;
}

/** What a clause-wide future cue word needs around it to count. */
export interface FutureCueWord {
  /** Parts of speech it must have; empty for any. */
  readonly pos: readonly string[];
  /** True when it counts only right before an infinitive "to" ("set to vote"). */
  readonly beforeInfinitive: boolean;
}

const GRAINS = ['year', 'month', 'week', 'day'] as const;

export function loadTimeLexicon(): TimeLexicon {
  const months = new Map<string, number>();
  for (const r of loadLexicon('time-months', [{ name: 'word' }, { name: 'month', numeric: true }])) {
    const m = Number(r['month']);
    if (!Number.isInteger(m) || m < 1 || m > 12) throw new Error(`lexicons/en/time-months.tsv:${r.__line}:2: month must be 1-12`);
    months.set(r['word']!, m);
  }
  const deictics = new Map<string, number>();
  for (const r of loadLexicon('time-deictics', [{ name: 'word' }, { name: 'offset', numeric: true }]))
    deictics.set(r['word']!.toLowerCase(), Number(r['offset']));
  const units = new Map<string, TimeGrain>();
  for (const r of loadLexicon('time-units', [{ name: 'word' }, { name: 'grain', values: GRAINS }]))
    units.set(r['word']!.toLowerCase(), r['grain'] as TimeGrain);
  const periodParts = loadLexicon('time-period-parts', [{ name: 'phrase' }]).map((r) => r['phrase']!.toLowerCase());
  const spanPrefixes = new Map<string, 'prep' | 'part'>();
  for (const r of loadLexicon('time-span-prefixes', [{ name: 'word' }, { name: 'kind', values: ['prep', 'part'] }]))
    spanPrefixes.set(r['word']!.toLowerCase(), r['kind'] as 'prep' | 'part');
  const cueRows = loadLexicon('time-future-cues', [
    { name: 'word' },
    { name: 'reach', values: ['clause', 'adjacent'] },
    { name: 'pos', optional: true },
    { name: 'to', values: ['infinitive'], optional: true },
  ]);
  const futureCues = new Map<string, FutureCueWord>();
  const deadlineCues = new Set<string>();
  for (const r of cueRows) {
    const word = r['word']!.toLowerCase();
    if (r['reach'] === 'adjacent') deadlineCues.add(word);
    else futureCues.set(word, { pos: r['pos'] ? r['pos'].split('|') : [], beforeInfinitive: r['to'] === 'infinitive' });
  }
  const sided = (name: string) => loadLexicon(name, [{ name: 'word' }, { name: 'side', values: ['before', 'after'] }]);
  const yearRows = sided('time-year-blockers');
  const weekdayRows = sided('time-weekday-blockers');
  const pick = (rows: typeof yearRows, side: string) => rows.filter((r) => r['side'] === side).map((r) => r['word']!.toLowerCase());
  return {
    months,
    deictics,
    units,
    periodParts,
    spanPrefixes,
    futureCues,
    deadlineCues,
    yearBlockBefore: pick(yearRows, 'before'),
    yearBlockAfter: new Set(pick(yearRows, 'after')),
    weekdayBlockBefore: new Set(pick(weekdayRows, 'before')),
    weekdayBlockAfter: new Set(pick(weekdayRows, 'after')),
  };
}

/** A regex alternation of `words`, escaped and longest first (chrono's matchAnyPattern). Spaces match any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
