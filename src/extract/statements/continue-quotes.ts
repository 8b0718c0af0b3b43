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
  const taken = drafts.map((d) => d.content);
  const added: Draft[] = [];
  let k = 0;
  for (const q of quotes) {
    const unit = unitStarts.get(q.outerStart);
    if (unit === undefined) continue;
    if (taken.some(([s, e]) => s < q.outerEnd && q.outerStart < e)) continue;
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
