// wink-nlp's tokenizer is quadratic in the length of a whitespace-free run (its category regexes,
// e.g. /[a-z].*\.$/, rescan the run from every position): 16,000 "x" take ~100 ms, 16,000 "~" ~900 ms.
// Before wink sees a paragraph, every run longer than MAX_RUN is replaced by a short placeholder word;
// build-doc maps the placeholder back to the run's real span as one token.

/** Longer whitespace-free runs never reach wink (a 256-char run costs wink ~0.2 ms). */
export const MAX_RUN = 256;
/** What wink sees instead of a long run: one lower-case word, so the sentence around it stays whole. */
export const PLACEHOLDER = 'xxx';

/** One replaced run: `at` in the shrunk text, `from`/`length` in the original. */
export interface Cut {
  readonly at: number;
  readonly from: number;
  readonly length: number;
}
export interface ShrunkText {
  readonly text: string;
  /** Sorted by position. */
  readonly cuts: readonly Cut[];
}

/** True for the characters wink-nlp's splitter treats as space (its model's trex.helpers.splitter). */
function isWinkSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** `text` with every whitespace-free run longer than `maxRun` replaced by PLACEHOLDER; one linear scan. */
export function shrinkLongRuns(text: string, maxRun = MAX_RUN): ShrunkText {
  const cuts: Cut[] = [];
  const parts: string[] = [];
  let copied = 0; // original text before this offset is already in `parts`
  let shrunk = 0; // length of the shrunk text so far
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWinkSpace(text.charCodeAt(i));
    if (!space) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > maxRun) {
      parts.push(text.slice(copied, runStart), PLACEHOLDER);
      shrunk += runStart - copied;
      cuts.push({ at: shrunk, from: runStart, length: i - runStart });
      shrunk += PLACEHOLDER.length;
      copied = i;
    }
    runStart = -1;
  }
  if (!cuts.length) return { text, cuts };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cuts };
}
