import type { Parser, ParsingContext } from 'chrono-node';
import { isRealDate } from './calendar.js';
import { RULE_TAG, grainTag, isWordChar, refDay } from './parser-helpers.js';
import { alternation, type TimeLexicon } from './time-lexicon.js';

/**
 * "last October", "next March": a month placed by a deictic word. "last October" is the latest October
 * before the publication month; "next March" the first March after it; "this March" the one of this year.
 */
export function deicticMonthParser(lex: TimeLexicon): Parser {
  const pattern = new RegExp(`(${alternation(lex.deictics.keys())})\\s+(${alternation(lex.months.keys())})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const month = lex.months.get(match[2]!); // case-sensitive on purpose: "last may" is not a month
      const offset = lex.deictics.get(match[1]!.toLowerCase());
      if (isWordChar(context.text, index - 1) || month == null || offset == null) return null;
      const ref = refDay(context);
      let year = ref.year;
      if (offset < 0) year = month < ref.month ? ref.year : ref.year - 1;
      else if (offset > 0) year = month > ref.month ? ref.year : ref.year + 1;
      const result = context.createParsingResult(index, match[0], { year, month });
      result.addTag(grainTag('month'));
      result.addTag(RULE_TAG + 'deictic-month');
      return result;
    },
  };
}

/** "August last year", "May 5 last year", "March next year": a month (and day) in a year counted from publication. */
export function monthOfDeicticYearParser(lex: TimeLexicon): Parser {
  const years = alternation(lex.deictics.keys());
  const pattern = new RegExp(
    `(${alternation(lex.months.keys())})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(${years})\\s+year(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const month = lex.months.get(match[1]!);
      const offset = lex.deictics.get(match[3]!.toLowerCase());
      if (isWordChar(context.text, index - 1) || month == null || offset == null) return null;
      const year = refDay(context).year + offset;
      const day = match[2] ? Number(match[2]) : null;
      if (day != null && !isRealDate(year, month, day)) return null;
      const result = context.createParsingResult(index, match[0], day == null ? { year, month } : { year, month, day });
      result.addTag(grainTag(day == null ? 'month' : 'day'));
      result.addTag(RULE_TAG + 'month-of-deictic-year');
      return result;
    },
  };
}
