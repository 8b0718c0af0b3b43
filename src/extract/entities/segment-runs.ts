import { foldKey } from './fold.js';
import type { EntityLexicons, KnownSense } from './lexicon-index.js';
import type { Run } from './find-runs.js';
import type { Word } from './words.js';

/**
 * One name found in the text, before typing and linking. Example: in "President Amira Sol said",
 * the candidate is "Amira Sol" (words 1..3) with `titled` set.
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Word indexes [first, endWord). */
  readonly first: number;
  readonly endWord: number;
  readonly key: string;
  readonly words: readonly string[];
  readonly senses: readonly KnownSense[] | null;
  readonly titled: boolean;
}

const INITIALISM = /^(?:\p{L}\.)+$/u;

function keyOf(words: readonly Word[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a ? ' ' : '') + words[k]!.text;
  return foldKey(s);
}

/** Longest known name starting at word a and ending by b: its length in words, or 0. */
export function longestKnown(words: readonly Word[], a: number, b: number, lex: EntityLexicons): number {
  for (let len = Math.min(b - a, lex.maxKnownWords); len >= 1; len--) if (lex.known.has(keyOf(words, a, a + len))) return len;
  return 0;
}

function makeCandidate(text: string, words: readonly Word[], a: number, b: number, lex: EntityLexicons, titled: boolean): Candidate {
  const start = words[a]!.start;
  let end = words[b - 1]!.end;
  const last = words[b - 1]!.text;
  // A sentence-final period glued to the last word ("on X.") is not part of the name.
  if (last.length > 1 && last.endsWith('.') && !INITIALISM.test(last) && !lex.heads.has(last) && !lex.titles.has(last)) end -= 1;
  const key = keyOf(words, a, b);
  const ws: string[] = [];
  for (let k = a; k < b; k++) ws.push(words[k]!.text);
  return { start, end, text: text.slice(start, end), first: a, endWord: b, key, words: ws, senses: lex.known.get(key) ?? null, titled };
}

/** True when the word is a title word that ends a title ("President", "Judge"). */
function isTitleHead(w: string, lex: EntityLexicons): boolean {
  return lex.titles.get(w) === 'head';
}

/**
 * Turns a run into candidates: drops leading function words, splits a leading country adjective
 * from a title ("Valdorian President X"), strips titles, and keeps the rest as one name.
 */
export function segmentRun(text: string, words: readonly Word[], run: Run, lex: EntityLexicons): Candidate[] {
  const out: Candidate[] = [];
  let a = run.first;
  const b = run.end;
  while (a < b && lex.stopwords.has(words[a]!.text) && !lex.known.has(keyOf(words, a, b))) a++;
  if (a >= b) return out;
  // "Valdorian President Amira Sol": the adjective names the state, the rest is a titled person.
  const lead = longestKnown(words, a, b, lex);
  if (lead > 0 && a + lead < b && lex.titles.has(words[a + lead]!.text)) {
    out.push(makeCandidate(text, words, a, a + lead, lex, false));
    a += lead;
  }
  let lastHead = -1;
  for (let k = a; k < b && k - a < 5 && lex.titles.has(words[k]!.text); k++) if (isTitleHead(words[k]!.text, lex)) lastHead = k;
  let titled = false;
  if (lastHead >= a) {
    if (lastHead + 1 >= b) return out; // a bare title ("the President said")
    const lastWord = words[b - 1]!.text;
    const head = lex.heads.get(lastWord);
    if (!head?.last && !lex.known.has(keyOf(words, a, b))) {
      a = lastHead + 1;
      titled = true;
    }
  }
  out.push(makeCandidate(text, words, a, b, lex, titled));
  return out;
}
