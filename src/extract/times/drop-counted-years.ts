import { tokenPos, type Doc } from '../../model/doc.js';
import type { Candidate } from './candidate.js';
import { tokenAt } from './token-search.js';

/**
 * Drops a bare year that is really a count: "killed 2000 people" (a plural noun after it, and no
 * determiner or preposition before it, unlike "the 2019 elections" or "in 2019 talks").
 */
export function isCountedYear(doc: Doc, c: Candidate): boolean {
  if (c.rule !== 'year' || /^\D/.test(doc.text.slice(c.start, c.end))) return false;
  const i = tokenAt(doc, c.start);
  if (i < 0 || doc.tokenEnd[i] !== c.end) return false;
  const next = i + 1 < doc.tokenCount ? i + 1 : -1;
  if (next < 0 || tokenPos(doc, next) !== 'NOUN') return false;
  const word = doc.text.slice(doc.tokenStart[next], doc.tokenEnd[next]).toLowerCase();
  const plural = doc.tokenLemma[next] !== word;
  const prev = i > 0 ? tokenPos(doc, i - 1) : 'X';
  return plural && prev !== 'DET' && prev !== 'ADP';
}
