import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, shiftMonth } from './calendar.js';
import { RULE_TAG, grainTag, isWordChar, refDay } from './parser-helpers.js';
import { alternation, type TimeLexicon } from './time-lexicon.js';

/**
 * "last week", "this year", "next month", "late last year", "earlier this month", "the end of the year":
 * a deictic word and a calendar unit, counted from the publication date. The grain is the unit, which
 * chrono's own relative parser does not report (it marks "last week" as a certain day).
 */
export function relativePeriodParser(lex: TimeLexicon): Parser {
  const parts = alternation(lex.periodParts);
  const pattern = new RegExp(`(?:(${parts})[\\s-]+)?(${alternation([...lex.deictics.keys(), 'the'])})\\s+(${alternation(lex.units.keys())})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (isWordChar(context.text, index - 1)) return null;
      const part = match[1]?.toLowerCase().replace(/\s+/g, ' ');
      const word = match[2]!.toLowerCase();
      // "the year" alone is no expression; "the end of the year" is this year.
      const offset = word === 'the' ? (part?.endsWith(' of') ? 0 : null) : lex.deictics.get(word);
      const grain = lex.units.get(match[3]!.toLowerCase());
      if (offset == null || !grain) return null;
      // "over the last year", "in the next week": a stretch of time counted back or on, not a calendar unit.
      if (!part && offset !== 0 && word !== 'coming' && /\bthe\s+$/i.test(context.text.slice(Math.max(0, index - 5), index))) return null;
      const ref = refDay(context);
      let comps: { year: number; month?: number; day?: number };
      if (grain === 'year') comps = { year: ref.year + offset };
      else if (grain === 'month') comps = shiftMonth(ref.year, ref.month, offset);
      else comps = { ...addDays(ref, grain === 'week' ? 7 * offset : offset) };
      const result = context.createParsingResult(index, match[0], comps);
      result.addTag(grainTag(grain));
      result.addTag(RULE_TAG + 'relative-period');
      return result;
    },
  };
}
