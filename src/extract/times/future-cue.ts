import type { TimeLexicon } from './time-lexicon.js';

// A clause boundary: a future cue before it does not reach the date ("The firm, which listed in May, will …").
const CLAUSE_BREAK = /[,;:!?"“”()\[\]—–]/g;
const WORD = /\p{L}+(?:['’]\p{L}+)?|['’]ll/gu;
const LAST_WORD = /(\p{L}+)\s+$/u;
/** How far before a date a cue may stand, in characters. */
const WINDOW = 90;

/**
 * What says a yearless date lies ahead: `clause` for a cue shortly before it in the same clause ("will",
 * "due"), `adjacent` for a deadline word right before it ("until", "by"), else null.
 * Example: ("The vote will be held on June 22", 29) → 'clause'.
 */
export type FutureCue = 'clause' | 'adjacent' | null;

export function futureCue(text: string, start: number, lex: TimeLexicon): FutureCue {
  let window = text.slice(Math.max(0, start - WINDOW), start);
  let cut = -1;
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = m.index;
  if (cut >= 0) window = window.slice(cut + 1);
  for (const m of window.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (lex.futureCues.has(w)) return 'clause';
    const apostrophe = w.search(/['’]/);
    if (apostrophe >= 0 && lex.futureCues.has(w.slice(apostrophe))) return 'clause';
  }
  const last = LAST_WORD.exec(window)?.[1]?.toLowerCase();
  return last && lex.deadlineCues.has(last) ? 'adjacent' : null;
}
