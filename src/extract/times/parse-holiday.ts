import type { Parser, ParsingContext } from 'chrono-node';
import { loadLexicon } from '../../lexicons.js';
import { RULE_TAG, isWordChar } from './parser-helpers.js';
import { alternation } from './time-lexicon.js';

/** Tag on a holiday result: its day has no year yet, which is chosen later like a yearless "December 25". */
export const HOLIDAY_TAG = RULE_TAG + 'holiday';

/** "Christmas Day", "New Year's Eve": holidays on a fixed day (lexicons/en/time-holidays.tsv), matched as written. */
export function holidayParser(): Parser {
  const days = new Map<string, { month: number; day: number }>();
  for (const r of loadLexicon('time-holidays', [{ name: 'phrase' }, { name: 'month', numeric: true }, { name: 'day', numeric: true }]))
    days.set(r['phrase']!, { month: Number(r['month']), day: Number(r['day']) });
  const pattern = new RegExp(`(${alternation(days.keys())})(?![\\p{L}\\p{N}])`, 'u');
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const hit = days.get(match[1]!.replace(/\s+/g, ' '));
      if (!hit || isWordChar(context.text, index - 1)) return null;
      const result = context.createParsingResult(index, match[0], { month: hit.month, day: hit.day });
      result.addTag(HOLIDAY_TAG);
      return result;
    },
  };
}
