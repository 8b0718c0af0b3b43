import type { Doc, Sentence } from '../../model/doc.js';
import { newDraft, type Draft } from './draft.js';
import { quoteInner } from './find-content.js';
import type { Quote } from './find-quotes.js';
import { headRange } from './resolve-pronouns.js';

const MIN_WORDS = 3;

/** The statement whose cue a quotation resumes after: same sentence, its content a quotation that ended before the cue. */
function resumedAfter(doc: Doc, drafts: readonly Draft[], before: number, q: Quote): Draft | null {
  for (let i = before - 1; i >= 0 && before - i <= 8; i--) {
    const d = drafts[i]!;
    if (!d.cue || d.cue[1] > q.outerStart) continue;
    const quoted = /["\u201D,]/.test(doc.text[d.content[1]] ?? '');
    const near = q.outerStart - d.cue[1] < 200 && !/[.\n]/.test(doc.flowText.slice(d.cue[1], q.outerStart));
    return quoted && d.content[1] < d.cue[0] && near ? d : null;
  }
  return null;
}

/**
 * Pass 7: a quotation that stands as its own sentence with no cue continues the last speaker's words
 * (FORMAT.md: cue null). Scare quotes inside narration are not statements: the quote must open its unit.
 */
export function continueQuotes(doc: Doc, units: readonly Sentence[], quotes: readonly Quote[], drafts: Draft[]): void {
  drafts.sort((x, y) => x.at - y.at);
  const unitStarts = new Map(units.map((u, i) => [u.start, i]));
  // Contents sorted by start with a running max of their ends: "does any content overlap this quote" is a binary search.
  const taken = drafts.map((d) => d.content).sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  taken.forEach(([, e], i) => maxEnd.push(Math.max(e, i ? maxEnd[i - 1]! : 0)));
  const overlapsTaken = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]![0] < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > s;
  };
  const added: Draft[] = [];
  let k = 0;
  for (const q of quotes) {
    while (k < drafts.length && drafts[k]!.at < q.outerStart) k++;
    let unit = unitStarts.get(q.outerStart);
    // "We will not leave," the mayor said, "until the water is back.": the quote resumes after the cue.
    const resumed = unit === undefined ? resumedAfter(doc, drafts, k, q) : null;
    if (resumed) unit = resumed.unit;
    if (unit === undefined) continue;
    if (overlapsTaken(q.outerStart, q.outerEnd)) continue;
    const inner = quoteInner(doc, q);
    if (!inner || doc.text.slice(inner[0], inner[1]).split(/\s+/).length < MIN_WORDS) continue;
    const last = resumed ?? drafts[k - 1];
    if (!last) continue;
    const d = newDraft(unit, headRange(doc, last), null, inner, 'assert', 'statements/quote-continuation', null);
    d.sourceRule = 'statements/quote-continuation';
    d.kind = last.kind;
    d.entityId = last.entityId;
    d.count = last.count;
    d.headNoun = last.headNoun;
    added.push(d);
  }
  drafts.push(...added);
  drafts.sort((x, y) => x.at - y.at);
}
