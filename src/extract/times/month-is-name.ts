import { tokenPos, type Doc } from '../../model/doc.js';
import { tokenAt, tokenBefore } from './token-search.js';
import type { TimeLexicon } from './time-lexicon.js';

const CAPITALISED = /^\p{Lu}/u;

/**
 * True when a bare month name at [start, end) is part of a person's name: after a capitalised proper
 * noun ("Theresa May", "Mayor August Rhee"), or before one with no preposition in front ("April Simmons
 * said", "told June Okafor"; but "in May Haftar's forces" stays a month).
 */
export function monthIsName(doc: Doc, start: number, end: number, lex: TimeLexicon): boolean {
  const word = (i: number): string => doc.text.slice(doc.tokenStart[i], doc.tokenEnd[i]);
  const prev = tokenBefore(doc, start);
  const prevWord = prev >= 0 && doc.tokenEnd[prev]! >= start - 1 ? word(prev) : '';
  if (prevWord && tokenPos(doc, prev) === 'PROPN' && CAPITALISED.test(prevWord) && !lex.spanPrefixes.has(prevWord.toLowerCase())) return true;
  if (prevWord && lex.spanPrefixes.get(prevWord.toLowerCase()) === 'prep') return false;
  const next = tokenAt(doc, end + 1);
  return next >= 0 && doc.text[end] === ' ' && tokenPos(doc, next) === 'PROPN' && CAPITALISED.test(word(next));
}
