import type { Doc, Sentence } from '../../model/doc.js';
import { newDraft, type Draft } from './draft.js';
import { quoteInner } from './find-content.js';
import type { Quote } from './find-quotes.js';
import { headRange } from './resolve-pronouns.js';

const MIN_WORDS = 3;

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
    const unit = unitStarts.get(q.outerStart);
    if (unit === undefined) continue;
    if (overlapsTaken(q.outerStart, q.outerEnd)) continue;
    const inner = quoteInner(doc, q);
    if (!inner || doc.text.slice(inner[0], inner[1]).split(/\s+/).length < MIN_WORDS) continue;
    while (k < drafts.length && drafts[k]!.at < q.outerStart) k++;
    const last = drafts[k - 1];
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
