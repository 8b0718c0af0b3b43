// A clause boundary: a future cue before it does not reach the date ("The firm, which listed in May, will …").
const CLAUSE_BREAK = /[,;:!?"“”()\[\]—–]/g;
const WORD = /\p{L}+(?:['’]\p{L}+)?|['’]ll/gu;
/** How far before a date a cue may stand, in characters. */
const WINDOW = 90;

/**
 * True when a future cue ("will", "due", "expected") stands shortly before `start` in the same clause.
 * Example: ("The vote will be held on June 22", 29) → true.
 */
export function hasFutureCue(text: string, start: number, cues: ReadonlySet<string>): boolean {
  let window = text.slice(Math.max(0, start - WINDOW), start);
  let cut = -1;
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = m.index;
  if (cut >= 0) window = window.slice(cut + 1);
  for (const m of window.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (cues.has(w)) return true;
    const apostrophe = w.search(/['’]/);
    if (apostrophe >= 0 && cues.has(w.slice(apostrophe))) return true;
  }
  return false;
}
