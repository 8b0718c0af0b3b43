import type { Parser, ParsingContext } from 'chrono-node';
import { loadLexicon } from '../../lexicons.js';
import { addDays } from './calendar.js';
import { RULE_TAG, grainTag, isWordChar, refDay } from './parser-helpers.js';
import { alternation } from './time-lexicon.js';

/**
 * "yesterday", "today", "last night": a day counted from the publication date (lexicons/en/time-casual-days.tsv).
 * Replaces chrono's casual date parser, whose "last night" depends on the machine's clock and time zone.
 */
export function casualDayParser(): Parser {
  const offsets = new Map<string, number>();
  for (const r of loadLexicon('time-casual-days', [{ name: 'phrase' }, { name: 'offset', numeric: true }]))
    offsets.set(r['phrase']!.toLowerCase(), Number(r['offset']));
  const pattern = new RegExp(`(${alternation(offsets.keys())})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const offset = offsets.get(match[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (offset == null || isWordChar(context.text, index - 1)) return null;
      const result = context.createParsingResult(index, match[0], { ...addDays(refDay(context), offset) });
      result.addTag(grainTag('day'));
      result.addTag(RULE_TAG + 'casual-day');
      return result;
    },
  };
}
