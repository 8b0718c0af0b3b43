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

const MAX_NAME_WORDS = 14;
const INITIALISM = /^(?:\p{L}\.)+$/u;

/**
 * Folded key of words [a, b), built from each word's own key: an apostrophe word glues to the one
 * before ("children" + "'s" → "childrens"), as foldKey of the written text would.
 */
function keyOf(words: readonly Word[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    if (!w.key) continue;
    const glue = s === '' || (w.start === words[k - 1]!.end && /^['’]/.test(w.text));
    s += glue ? w.key : ' ' + w.key;
  }
  return s;
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
  const isKnown = (x: number, y: number): boolean => y - x <= lex.maxKnownWords && lex.known.has(keyOf(words, x, y));
  while (a < b && lex.stopwords.has(words[a]!.text) && !isKnown(a, b)) a++;
  // "Senior Taliban official": a sentence's capitalised first word before a known name is not part of it.
  if (b - a >= 2 && words[a]!.initial && !lex.givenNames.has(words[a]!.text) && !lex.heads.has(words[a]!.text) && !isKnown(a, b) && isKnown(a + 1, b)) a++;
  // No name runs this long: it is shouting or a table, and would only cost time downstream.
  if (b - a > MAX_NAME_WORDS) return out;
  if (a >= b || isKnown(a, b)) {
    if (a < b) out.push(makeCandidate(text, words, a, b, lex, false));
    return out;
  }
  // "Hydrologist Ana Ruiz said": a role noun capitalised only because it opens the sentence.
  if (words[a]!.initial && b - a >= 3 && lex.context.get(words[a]!.text.toLowerCase())?.before === 'PERSON' && !lex.givenNames.has(words[a]!.text)) a++;
  const title = findTitle(words, a, b, lex);
  if (!title) {
    out.push(makeCandidate(text, words, a, b, lex, false));
    return out;
  }
  // "Valdorian President Amira Sol", "Oru Mayor Ben Tal": what precedes the title is a name of its own.
  if (title.at > a) out.push(makeCandidate(text, words, a, title.at, lex, false));
  if (title.after < b) out.push(makeCandidate(text, words, title.after, b, lex, true));
  return out;
}

/**
 * The first title inside words [a, b) that is followed by a person's name: a run of title words
 * ending in a head ("Presiding Judge"), with words after it that do not end in an organisation head
 * ("General Court" is no title). A bare title ("the President said") is {at, after: b}.
 */
function findTitle(words: readonly Word[], a: number, b: number, lex: EntityLexicons): { at: number; after: number } | null {
  const lastHead = lex.heads.get(words[b - 1]!.text);
  for (let k = a; k < b; k++) {
    if (!lex.titles.has(words[k]!.text)) continue;
    // The title is the longest run of title words (and "of" between them) from k; it needs a head word.
    let hasHead = false;
    let j = k;
    while (j < b && j - k < 6) {
      const t = words[j]!.text;
      if (lex.titles.has(t)) {
        if (isTitleHead(t, lex)) hasHead = true;
        j++;
      } else if (t === 'of' && j + 1 < b && lex.titles.has(words[j + 1]!.text)) j++;
      else break;
    }
    if (!hasHead) continue;
    if (j >= b) return k === a ? { at: a, after: b } : null;
    if (lastHead?.last || lex.heads.get(words[j]!.text)?.first || (b - j <= lex.maxKnownWords && lex.known.has(keyOf(words, j, b)))) return null;
    return { at: k, after: j };
  }
  return null;
}

/**
 * Extends a name over following lower-case words when together they form a known name:
 * "UN refugee agency" → the UN High Commissioner for Refugees, not the UN.
 */
export function extendToKnownAlias(text: string, words: readonly Word[], c: Candidate, lex: EntityLexicons): Candidate {
  const sentence = words[c.first]!.sentence;
  let limit = c.endWord;
  while (limit < words.length && limit - c.endWord < lex.maxKnownWords && words[limit]!.sentence === sentence && !words[limit]!.cap && (words[limit]!.wordy || /^['’]s?$/.test(words[limit]!.text))) limit++;
  for (let j = limit; j > c.endWord; j--) {
    if (lex.known.has(keyOf(words, c.first, j))) return makeCandidate(text, words, c.first, j, lex, false);
  }
  return c;
}
