import { TokenKind, type Doc } from '../../model/doc.js';
import { foldKey } from './fold.js';

/**
 * A word as names see it: a token, or tokens glued by a hyphen with no space where both sides are
 * capitalised ("Self-Defence", "Pa-O", "Owusu-Ansah"). Example: "Dakar-based" stays three words.
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the sentence the word is in. */
  readonly sentence: number;
  /** First word of its sentence, or first after an opening quote, bracket or dash. */
  readonly initial: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("UN", "BAMAKO"). */
  readonly allCaps: boolean;
  /** A word made of letters (possibly with digits, hyphens, apostrophes, periods). */
  readonly wordy: boolean;
  readonly punct: boolean;
  readonly pos: number;
  /** foldKey of the text ("" for punctuation). */
  readonly key: string;
}

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/u;
const LETTER_AT = /^\p{L}$/u;
// Arabic name particles glued by a hyphen: "al-Assad" is one capitalised word.
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '-', '\u2013', '\u2014', ':', ';']);

/** Builds the word list of a document in one linear pass over its tokens. */
export function buildWords(doc: Doc): Word[] {
  const { text, tokenStart, tokenEnd, tokenKind, tokenPos } = doc;
  const words: Word[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    let prevText = '';
    let first = true;
    for (let i = sent.firstToken; i < sent.endToken; i++) {
      let end = tokenEnd[i]!;
      let j = i;
      // Glue "Cap-Cap" hyphen compounds written without spaces.
      while (
        j + 2 < sent.endToken &&
        text[end] === '-' &&
        tokenStart[j + 1] === end &&
        tokenEnd[j + 1] === end + 1 &&
        tokenStart[j + 2] === end + 1 &&
        UPPER.test(text.slice(end + 1, end + 2)) &&
        (UPPER.test(text.slice(tokenStart[i]!, tokenStart[i]! + 1)) || (j === i && PARTICLES.has(text.slice(tokenStart[i]!, end))))
      ) {
        j += 2;
        end = tokenEnd[j]!;
      }
      // The tokenizer splits words at some accented letters ("Kova" + "č"): letters with no gap are one word.
      while (j + 1 < sent.endToken && tokenStart[j + 1] === end && LETTER_AT.test(text[end]!) && LETTER_AT.test(text[end - 1]!)) {
        j++;
        end = tokenEnd[j]!;
      }
      const start = tokenStart[i]!;
      const w = text.slice(start, end);
      const kind = tokenKind[i]!;
      const punct = kind === TokenKind.punct || kind === TokenKind.quote || kind === TokenKind.symbol;
      const wordy = !punct && LETTERS.test(w);
      words.push({
        start,
        end,
        text: w,
        sentence: s,
        initial: first || OPENERS.has(prevText),
        cap: wordy && (UPPER.test(w) || (j > i && PARTICLES.has(text.slice(start, tokenEnd[i]!)))),
        allCaps: wordy && w.length >= 2 && !HAS_LOWER.test(w) && UPPER.test(w),
        wordy,
        punct,
        pos: tokenPos[i]!,
        key: foldKey(w),
      });
      if (!punct || !OPENERS.has(w)) first = false;
      prevText = w;
      i = j;
    }
  }
  return words;
}
