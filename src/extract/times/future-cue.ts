import { tokenPos, type Doc } from '../../model/doc.js';
import type { TimeLexicon } from './time-lexicon.js';
import { tokenBefore } from './token-search.js';

/**
 * What says a yearless date lies ahead: `clause` for a cue shortly before it in the same clause ("will",
 * "due"), `adjacent` for a deadline word right before it ("until", "by"), else null.
 */
export type FutureCue = 'clause' | 'adjacent' | null;

// A clause boundary: a future cue before it does not reach the date ("The firm, which listed in May, will …").
const CLAUSE_BREAK = /^[,;:!?"“”()\[\]—–]$|\n/;
/** How far before a date a cue may stand, in characters. */
const WINDOW = 90;

/**
 * The future cue for a date starting at article offset `start`, looking back over the tokens of its
 * clause. Example: "The vote will be held on June 22" → 'clause' for "June 22".
 */
export function futureCue(doc: Doc, start: number, lex: TimeLexicon): FutureCue {
  const word = (i: number): string => doc.text.slice(doc.tokenStart[i], doc.tokenEnd[i]).toLowerCase();
  const last = tokenBefore(doc, start);
  if (last < 0) return null;
  for (let i = last; i >= 0 && doc.tokenStart[i]! >= start - WINDOW; i--) {
    const w = word(i);
    if (CLAUSE_BREAK.test(w) || (i < last && doc.flowText.slice(doc.tokenEnd[i], doc.tokenStart[i + 1]).includes('\n'))) break;
    const apostrophe = w.search(/['’]/);
    const cue = lex.futureCues.get(w) ?? (apostrophe > 0 ? lex.futureCues.get(w.slice(apostrophe)) : undefined);
    if (!cue) continue;
    const next = i + 1 < doc.tokenCount ? i + 1 : -1;
    const toNext = next >= 0 && word(next) === 'to';
    if (toNext && tokenPos(doc, next) === 'ADP') continue; // "due to heavy rains", "next to the port"
    if (cue.beforeInfinitive && !(toNext && tokenPos(doc, next) === 'PART')) continue;
    if (cue.pos.length && !cue.pos.includes(tokenPos(doc, i))) continue;
    return 'clause';
  }
  return lex.deadlineCues.has(word(last)) ? 'adjacent' : null;
}
