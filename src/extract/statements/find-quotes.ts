import type { Doc } from '../../model/doc.js';

/** A quotation: `outer` includes the marks, `inner` is what was said. Example: “Go.” → inner "Go.". */
export interface Quote {
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

const OPEN = '\u201C';
const CLOSE = '\u201D';
// A quote longer than this is taken as unbalanced marks, not a quotation.
const MAX_QUOTE = 3000;

/**
 * Pass 1: quotation spans, in one linear scan. Curly marks pair as open/close; straight double quotes
 * alternate. A paragraph break closes nothing: an unclosed quote at a paragraph end is dropped (news
 * style reopens a quote that continues into the next paragraph).
 */
export function findQuotes(doc: Doc): Quote[] {
  // The flowed text: a quote runs on across a soft line break but never past a paragraph.
  const text = doc.flowText;
  const out: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      open = -1;
      continue;
    }
    if (c === OPEN || (c === '"' && open < 0)) {
      open = i;
    } else if ((c === CLOSE || c === '"') && open >= 0) {
      if (i - open <= MAX_QUOTE && i > open + 1) out.push({ outerStart: open, outerEnd: i + 1, innerStart: open + 1, innerEnd: i });
      open = -1;
    }
  }
  return out;
}

/** The quote containing char offset `at`, by binary search over sorted quotes. */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (at < q.outerStart) hi = mid - 1;
    else if (at >= q.outerEnd) lo = mid + 1;
    else return q;
  }
  return null;
}
