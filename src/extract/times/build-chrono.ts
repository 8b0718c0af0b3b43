import * as chrono from 'chrono-node';
import { GRAIN_TAG } from './parser-helpers.js';
import { casualDayParser } from './parse-casual-day.js';
import { holidayParser } from './parse-holiday.js';
import { deicticMonthParser, monthOfDeicticYearParser } from './parse-month-relative.js';
import { relativePeriodParser } from './parse-relative-period.js';
import { yearParser } from './parse-year.js';
import type { TimeLexicon } from './time-lexicon.js';

// chrono's casual parsers we replace or do not want. chrono does not export these classes, so they
// are named; a rename in chrono shows up as a failing test (durations and "now" would come back).
const DROPPED_PARSERS = new Set([
  'ENCasualDateParser', // replaced by casualDayParser ("now" is no date; "last night" read the local clock)
  'ENRelativeDateFormatParser', // replaced by relativePeriodParser, which knows the grain
  'ENEndOfCurrentMonthParser', // "end of the month": relativePeriodParser
  'ENTimeUnitCasualRelativeFormatParser', // "last 2 weeks", "+3 days": durations
  'ENTimeUnitWithinFormatParser', // "within two weeks", "in 18 years": durations
  'ENTimeUnitLaterFormatParser', // "two days later": relative to the story, not to publication
  'ENTimeExpressionParser', // clock times: no calendar value, and "at 19.50" is a share price
]);
const DROPPED_REFINERS = new Set([
  'ENMergeDateRangeRefiner', // "between January and June" must stay two times
  'ENUnlikelyFormatFilter', // drops "since May"; capitalisation decides "May" here
  'ExtractTimezoneAbbrRefiner', // would pull a following acronym into a date's span
  'ENEndOfPeriodRefiner', // turns "the end of March" into 31 March; it is still the month of March
]);

/** chrono's casual English, cloned, with the parsers above removed and ours put first (they win ties). */
export function buildChrono(lex: TimeLexicon): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = [
    relativePeriodParser(lex),
    deicticMonthParser(lex),
    monthOfDeicticYearParser(lex),
    casualDayParser(),
    holidayParser(),
    yearParser(lex),
    ...c.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name)),
  ];
  c.refiners = c.refiners
    .filter((r) => !DROPPED_REFINERS.has(r.constructor.name))
    .map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? sparingOurs(r) : r));
  return c;
}

/**
 * chrono's UnlikelyFormatFilter drops every all-digit result and every day invalid in the year chrono
 * guessed, so it must let through our bare years and a yearless "Feb. 29" (we choose its year later).
 */
function sparingOurs(filter: chrono.Refiner): chrono.Refiner {
  const spared = (r: chrono.ParsingResult): boolean =>
    [...r.tags()].some((t) => t.startsWith(GRAIN_TAG)) || (r.start.isCertain('day') && !r.start.isCertain('year') && /\p{L}/u.test(r.text));
  return {
    refine(context, results) {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || spared(r));
    },
  };
}
