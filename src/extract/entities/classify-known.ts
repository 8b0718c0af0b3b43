import type { EntityType, MentionForm } from '../../model/entity.js';
import type { KnownSense } from './lexicon-index.js';
import type { Candidate } from './segment-runs.js';
import type { Word } from './words.js';

/** What a known name means at one place in the text. Example: "Moscow said" → Russia, metonym. */
export interface KnownReading {
  readonly canonical: string;
  readonly type: EntityType;
  readonly form: MentionForm;
  readonly rule: string;
}

// Before a capital these make it the place itself ("talks in Moscow"), not its government.
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'to', 'into', 'outside', 'around', 'across', 'via', 'of', 'the', 'between', 'toward', 'towards', 'through', 'reached', 'visited', 'visit', 'left', 'arrived']);
// "Moscow-based" is a place; "Moscow-backed" is the government acting.
const PLACE_SUFFIX = new Set(['based', 'headquartered', 'born', 'bound', 'listed', 'registered']);
// "flown in from Pretoria" is travel; "pressure from Pretoria" is the government.
const TRAVEL_BEFORE_FROM = new Set(['in', 'flown', 'flew', 'arrived', 'returned', 'travelled', 'traveled', 'came', 'fled', 'back', 'flights', 'flight', 'road', 'drive']);
const AND_OR = new Set(['and', 'or']);
const SPEAKS = new Set(['said', 'says', 'urged', 'warned', 'denied', 'accused', 'insisted', 'rejected', 'announced']);
// "the Kabul government", "Moscow officials": the capital stands for the state.
const GOVERNMENT_AFTER = new Set(['government', 'regime', 'administration', 'authorities', 'officials', 'leadership', 'rulers']);

/** True when a capital at this occurrence reads as its state's government. */
function readsAsGovernment(c: Candidate, words: readonly Word[], datelineKey: string | null): boolean {
  // Upper-case place names ("ACCRA -") are places; the dateline city stays a place unless it speaks ("Kyiv said").
  if (!/\p{Ll}/u.test(c.text)) return false;
  if (c.key === datelineKey) return SPEAKS.has(words[c.endWord]?.text ?? '');
  const prev = words[c.first - 1];
  const next = words[c.endWord];
  const sentence = words[c.first]!.sentence;
  if (next && next.sentence === sentence && next.text === '-' && PLACE_SUFFIX.has(words[c.endWord + 1]?.text ?? '')) return false;
  if (next && next.sentence === sentence && GOVERNMENT_AFTER.has(next.text)) return true;
  if (prev && prev.sentence === sentence) {
    const lower = prev.text.toLowerCase();
    if (PLACE_BEFORE.has(lower)) return false;
    const before = words[c.first - 2];
    if (lower === 'from' && before && TRAVEL_BEFORE_FROM.has(before.text.toLowerCase())) return false;
    // "between Helsinki and Tallinn": coordinated with a place after a place preposition.
    const third = words[c.first - 3];
    if (AND_OR.has(lower) && before?.cap && third && PLACE_BEFORE.has(third.text.toLowerCase())) return false;
  }
  // "Moscow, Russia" or "MOSCOW, May 3": a place naming its country or a dateline.
  if (next?.text === ',' && words[c.endWord + 1]?.cap && c.first === 0) return false;
  return true;
}

/** Picks the reading of a known name at one occurrence (capital → place or government). */
export function readKnown(c: Candidate, senses: readonly KnownSense[], words: readonly Word[], datelineKey: string | null): KnownReading {
  const s = senses[0]!;
  switch (s.form) {
    case 'capital':
      return readsAsGovernment(c, words, datelineKey)
        ? { canonical: s.canonical, type: s.type, form: 'metonym', rule: 'entities/capital-metonym' }
        : { canonical: s.city ?? c.text, type: 'GPE', form: 'full', rule: 'entities/known-city' };
    case 'seat':
      // "the Kremlin" always means the government; "Brussels" may also be the city (Belgium's capital).
      return !senses.some((x) => x.form === 'capital') || readsAsGovernment(c, words, datelineKey)
        ? { canonical: s.canonical, type: s.type, form: 'metonym', rule: 'entities/seat-metonym' }
        : { canonical: s.city ?? c.text, type: 'GPE', form: 'full', rule: 'entities/known-city' };
    case 'adjectival':
      return { canonical: s.canonical, type: s.type, form: 'adjectival', rule: 'entities/demonym-adjective' };
    case 'people':
      return { canonical: s.canonical, type: 'NORP', form: 'full', rule: 'entities/people' };
    case 'acronym':
      return { canonical: s.canonical, type: s.type, form: 'acronym', rule: 'entities/known-acronym' };
    default:
      return { canonical: s.canonical, type: s.type, form: 'full', rule: 'entities/known-name' };
  }
}
