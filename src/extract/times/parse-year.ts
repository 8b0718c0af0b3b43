import type { Parser, ParsingContext } from 'chrono-node';
import { RULE_TAG, grainTag, isWordChar } from './parser-helpers.js';
import type { TimeLexicon } from './time-lexicon.js';

// A year 1800-2099 standing alone: not part of "1,200", "2019.5", "$2000", "2000%", "2000s" or "a 2000-strong force".
const YEAR = /(1[89]\d\d|20\d\d)(?![\p{L}\p{N}_])(?![.,:]\d)(?!-\p{L})(?!\s?%)/u;
const NOT_BEFORE = /[\p{L}\p{N}_$€£¥.,:/#]/u;
// How far back to look for a blocking phrase ("more than 2000"): the longest phrase plus spaces.
const LOOKBACK = 24;

/** "in 2013", "the 2018 outbreak", "between 2016 and 2018", "since 1974": a bare year. */
export function yearParser(lex: TimeLexicon): Parser {
  const blockBefore = lex.yearBlockBefore.map((p) => new RegExp(`(?:^|[^\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s+$`, 'iu'));
  return {
    pattern: () => YEAR,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      const text = context.text;
      const prev = text[index - 1];
      if (prev !== undefined && NOT_BEFORE.test(prev)) return null;
      const end = index + match[0].length;
      const before = text.slice(Math.max(0, index - LOOKBACK), index);
      if (blockBefore.some((re) => re.test(before))) return null;
      const after = /^\s+([\p{L}.]+)/u.exec(text.slice(end, end + LOOKBACK));
      if (after && lex.yearBlockAfter.has(after[1]!.toLowerCase().replace(/\.+$/, ''))) return null;
      if (isWordChar(text, end)) return null;
      const result = context.createParsingResult(index, match[0], { year: Number(match[1]) });
      result.addTag(grainTag('year'));
      result.addTag(RULE_TAG + 'year');
      return result;
    },
  };
}
