// The text wink-nlp is given for a paragraph, and the edits that map its offsets back to the article.
// Two of wink's behaviours are kept away from it:
// - Its tokenizer is quadratic in the length of a whitespace-free run (its category regexes, e.g.
//   /[a-z].*\.$/, rescan the run from every position): 16,000 "x" take ~100 ms, 16,000 "~" ~900 ms.
//   A run longer than MAX_RUN is replaced by a short placeholder word, mapped back as one token.
// - A possessive directly followed by punctuation ("the hospital's," "Russia's,”") is kept whole as one
//   PROPN token, and wink then caches that whole form, so every later "hospital's" in the process stays
//   unsplit too: the same article tokenizes differently depending on what was read before it. A space
//   inserted after the "'s" gives the split wink makes everywhere else ("hospital" NOUN, "'s" PART).

/** Longer whitespace-free runs never reach wink (a 256-char run costs wink ~0.2 ms). */
export const MAX_RUN = 256;
/** What wink sees instead of a long run: one lower-case word, so the sentence around it stays whole. */
export const PLACEHOLDER = 'xxx';

/** One change: `length` original chars at `from` became `winkLength` chars at `at` in wink's text. */
export interface Edit {
  readonly at: number;
  readonly from: number;
  readonly length: number;
  readonly winkLength: number;
  /** A long run replaced by PLACEHOLDER (else an inserted space). */
  readonly longRun: boolean;
}
export interface WinkInput {
  readonly text: string;
  /** Sorted by position. */
  readonly edits: readonly Edit[];
}

/** True for the characters wink-nlp's splitter treats as space (its model's trex.helpers.splitter). */
function isWinkSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Offsets just after each possessive "'s"/"’s" in the run [start, end) that punctuation follows directly. */
function possessivesBeforePunct(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = start + 1; k + 2 < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x27 && c !== 0x2019) continue;
    const s = text.charCodeAt(k + 1);
    if ((s === 0x73 || s === 0x53) && !LETTER_OR_DIGIT.test(text[k + 2]!)) out.push(k + 2);
  }
  return out;
}

/** `text` as wink should see it, in one linear pass over its whitespace-free runs. */
export function winkInput(text: string, maxRun = MAX_RUN): WinkInput {
  const edits: Edit[] = [];
  const parts: string[] = [];
  let copied = 0; // original text before this offset is already in `parts`
  let shift = 0; // wink offset minus original offset so far
  const edit = (from: number, length: number, replacement: string, longRun: boolean): void => {
    parts.push(text.slice(copied, from), replacement);
    edits.push({ at: from + shift, from, length, winkLength: replacement.length, longRun });
    shift += replacement.length - length;
    copied = from + length;
  };
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWinkSpace(text.charCodeAt(i));
    if (!space) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      if (i - runStart > maxRun) edit(runStart, i - runStart, PLACEHOLDER, true);
      else for (const at of possessivesBeforePunct(text, runStart, i)) edit(at, 0, ' ', false);
    }
    runStart = -1;
  }
  if (!edits.length) return { text, edits };
  parts.push(text.slice(copied));
  return { text: parts.join(''), edits };
}
