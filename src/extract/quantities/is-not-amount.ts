import { tokenPos } from '../../model/doc.js';
import type { Amount, ScanContext } from './read-amount.js';
import type { ItemPhrase } from './find-item.js';

const ANAPHORIC = new Set(['the', 'these', 'those', 'all', 'both']);
// Bound words that are also plain prepositions before a year ("growth over 2019", "under 2020 rules").
const PREPOSITION_BOUNDS = new Set(['over', 'under', 'above', 'below', 'beyond', 'exceeding', 'all', 'another']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', ':', '-', '\u2013', '\u2014']);

/**
 * Why a number is not an amount, or null when it is one: a date ("May 16"), a year ("since 2019"), a time
 * of day, a label ("Article 5"), an age ("Haddad, 45,"), part of a compound ("a 10-year plan"), a name
 * ("Group of Seven"), a pronoun "one", or a number word pointing back ("the two firms").
 * `first` is the quantity's first token (bound words included).
 */
export function whyNotAmount(ctx: ScanContext, a: Amount, first: number, item: ItemPhrase | null, sentStart: number, limit: number): string | null {
  const { doc, words, lex } = ctx;
  const text = doc.text;
  const numStart = doc.tokenStart[a.numFirst]!;
  const integer = a.raw != null && Number.isInteger(a.raw) && a.scale === 1;
  const plain = a.currency == null && a.unit == null;

  // Letters or a code glued before the number: "G20", "Su-24" split oddly, "#3".
  const prevChar = numStart > 0 ? text[numStart - 1]! : ' ';
  if (a.start === a.numFirst && /[\p{L}\d#/]/u.test(prevChar)) return 'code';
  if (a.start === a.numFirst && prevChar === '-' && numStart > 1 && /\p{L}/u.test(text[numStart - 2]!)) return 'code';
  // Letters glued after it that are no unit or scale: "5G", "3D".
  if (a.end < limit && a.end === a.numEnd && doc.tokenStart[a.end] === doc.tokenEnd[a.end - 1] && /^\p{L}/u.test(words[a.end]!)) return 'code';
  // A ratio, score or time glued on: "24/7", "9/11", "3:1".
  if (a.numEnd < limit && (words[a.numEnd] === '/' || words[a.numEnd] === ':') && doc.tokenStart[a.numEnd] === doc.tokenEnd[a.numEnd - 1]) return 'code';

  const before = lex.contextBefore.matchBackward(words, a.numFirst, sentStart);
  const after = lex.contextAfter.matchForward(words, a.end, limit);
  if (a.form === 'digits' && integer && a.raw! <= 31 && plain) {
    if (before?.values.includes('date') || after?.values.includes('date')) return 'date';
  }
  if (after?.values.includes('clock') && plain) return 'clock';
  if (before?.values.includes('label') && a.start === a.numFirst) return 'label';
  if (before?.values.includes('age') || after?.values.includes('age')) return 'age';

  // A number right after a name is part of it ("Boeing 737", "Apollo 11", "Highway 1"), unless it counts
  // something plural after it ("told Reuters 300 fighters had left").
  if (a.form === 'digits' && integer && plain && a.start === first && first > sentStart && tokenPos(doc, first - 1) === 'PROPN' && /^\p{Lu}/u.test(words[first - 1]!) && !/,/.test(words[a.numFirst]!)) {
    const plural = item && doc.tokenLemma[item.head] !== words[item.head]!.toLowerCase();
    if (!plural) return 'name';
  }
  // A year: four digits without a comma ("since 2019", "the 2019 protests", "2019-20"), unless a currency,
  // unit or approximation makes it an amount ("about 2000 people"; news style writes counts as "2,000").
  if (a.form === 'digits' && a.scale === 1 && plain && /^\d{4}(?:[-\u2013]\d{2,4})?$/.test(words[a.numFirst]!) && a.raw! >= 1000 && a.raw! <= 2100) {
    const approximated = first < a.start && !(a.start - first === 1 && PREPOSITION_BOUNDS.has(words[first]!.toLowerCase()));
    if (!approximated) return 'year';
  }
  // An age in apposition: "Idris Haddad, 45, said", "the president, 71, said".
  const namePos = first - 2 >= sentStart ? tokenPos(doc, first - 2) : 'X';
  if (integer && plain && !item && a.raw! < 120 && words[first - 1] === ',' && (namePos === 'PROPN' || namePos === 'NOUN')) {
    const next = a.end < limit ? words[a.end]! : '.';
    if (next === ',' || next === '.' || next === ')') return 'age';
  }
  // The first half of a compound modifier: "a 10-year plan", "two-thirds", "a 15-member team".
  // ("100-plus" is a bound, see quantity-bounds.tsv.)
  if (a.end + 1 < limit && words[a.end] === '-' && /^\p{L}/u.test(words[a.end + 1]!) && doc.tokenEnd[a.end - 1] === doc.tokenStart[a.end] && !lex.boundsAfter.matchForward(words, a.end, limit)) return 'compound';

  if (a.form === 'words') {
    if (a.bareOne && first === a.numFirst) return 'pronoun-one';
    const prev = a.numFirst > sentStart ? words[a.numFirst - 1]!.toLowerCase() : '';
    if (ANAPHORIC.has(prev)) return 'anaphoric';
    // A capitalised number word inside a sentence is part of a name ("Group of Seven").
    const w = words[a.numFirst]!;
    if (w[0] !== w[0]!.toLowerCase() && first > sentStart && !OPENERS.has(words[first - 1]!)) return 'name';
  }
  if (item && lex.itemReason.get(doc.tokenLemma[item.head]!) === 'address' && /^\p{Lu}/u.test(words[item.head]!)) return 'address';
  if (a.unit?.kind === 'duration') {
    const sentenced = lex.contextBefore.matchBackward(words, first, sentStart)?.values.includes('sentence') || after?.values.includes('sentence');
    if (!sentenced) return 'duration';
  }
  return null;
}
