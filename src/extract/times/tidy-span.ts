import type { Candidate } from './candidate.js';
import { alternation, type TimeLexicon } from './time-lexicon.js';

/** A regex for a part-of-period phrase ending in "of" just before an expression ("the end of "). Compile once. */
export function partOfPattern(lex: TimeLexicon): RegExp {
  const phrases = lex.periodParts.filter((p) => p.endsWith(' of'));
  return new RegExp(`(?<![\\p{L}])(?:${alternation(phrases)}) $`, 'iu');
}

/** Most prefix words one expression takes: "since late" + "last year", "in late" + "October last year". */
const MAX_PREFIX_WORDS = 3;
const LEAD_JUNK = /^[\s,(（]+/;
// Trailing bits chrono swallows, stripped one at a time: a space, comma or bracket, "of", "the", a stop after a day number.
const TRAIL_JUNK = /(?:[\s,)）]|\s(?:of|the)|(?<=\d)\.)$/i;
const POSSESSIVE = /^['’]s\b/;

/**
 * Gives a candidate the span the annotation convention wants: without the commas and brackets chrono
 * swallows ("(on Monday,", "April of"), and with the prepositions and part-of-period words before it
 * ("in May", "since late last year", "early on Sunday", "mid-2019"). A possessive keeps its bare day
 * ("in Saturday's vote" → "Saturday").
 */
export function tidySpan(text: string, c: Candidate, lex: TimeLexicon, partOf: RegExp): Candidate {
  let start = c.start;
  let end = c.end;
  const inner = text.slice(start, end);
  start += LEAD_JUNK.exec(inner)?.[0].length ?? 0;
  for (let junk = TRAIL_JUNK.exec(text.slice(start, end)); junk && end > start; junk = TRAIL_JUNK.exec(text.slice(start, end)))
    end -= junk[0].length;
  if (end <= start) return c;
  const possessive = POSSESSIVE.test(text.slice(end, end + 3));
  if (possessive) {
    const lead = /^(?:on|in)\s+/i.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
  }
  // "the end of March", "the first half of 2019": the part-of phrase belongs to the span.
  const part = partOf.exec(text.slice(Math.max(0, start - 30), start));
  if (part && !possessive) start -= part[0].length;
  for (let n = 0; n < MAX_PREFIX_WORDS; n++) {
    const m = /(\p{L}+)( |-)$/u.exec(text.slice(Math.max(0, start - 12), start));
    if (!m) break;
    const kind = lex.spanPrefixes.get(m[1]!.toLowerCase());
    if (!kind || (kind === 'prep' && possessive) || (m[2] === '-' && kind !== 'part')) break;
    start -= m[0].length;
  }
  return { ...c, start, end };
}
