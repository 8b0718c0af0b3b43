import { newDraft, type Draft } from './draft.js';
import { charSpan } from './find-content.js';
import type { CueMatch } from './find-cues.js';
import { subjectBefore } from './find-subject.js';
import { cueSpan, ruleOf, type Ctx } from './attach-context.js';
import { hasNoun, holdsClause } from './phrase-tests.js';
import { isComma, isQuote, isRelative, low, pos } from './tokens.js';

/**
 * "X, which had not responded to questions, said …": a denial or refusal inside a relative clause is
 * the antecedent's; its content ends with the clause.
 */
export function attachRelative(ctx: Ctx, c: CueMatch, drafts: Draft[]): boolean {
  const { doc } = ctx;
  const u = ctx.units[c.unit]!;
  // Back to "which"/"who" right after a comma, without leaving the clause ("which employs 300 and reported …").
  let r = c.first - 1;
  while (r > u.firstToken && c.first - r <= 15 && !isRelative(doc, r) && !isComma(doc, r) && !isQuote(doc, r)) r--;
  // The relative must be the clause's subject ("which said"), not its object ("which the DOH said").
  let k = r + 1;
  if (k < c.first && pos(doc, k) === 'ADP') {
    // "which on Sunday denied …": step over a short adjunct.
    k++;
    while (k < c.first && k - r <= 5 && ['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(pos(doc, k))) k++;
  }
  if (k < c.first && !['VERB', 'AUX', 'ADV', 'PART'].includes(pos(doc, k))) return false;
  if (r <= u.firstToken || !isRelative(doc, r) || !isComma(doc, r - 1)) return false;
  const src = subjectBefore(doc, u.firstToken, r - 1);
  if (!src) return true;
  let from = c.end;
  while (from < u.endToken && ['to', 'on', 'about', 'for', 'of', 'that'].includes(low(doc, from))) from++;
  // "which warned last month that …": a short adjunct before "that" belongs to the cue.
  for (let j = from; j < u.endToken && j - from < 6; j++) {
    if (low(doc, j) === 'that') {
      if (j > from) from = j + 1;
      break;
    }
    if (isComma(doc, j) || pos(doc, j) === 'VERB' || pos(doc, j) === 'AUX' || pos(doc, j) === 'PRON') break;
  }
  let end = from;
  while (end < u.endToken && !isComma(doc, end) && end - from < 60) end++;
  const content = charSpan(doc, from, end);
  // "…, which reports on the conflict using …" describes; "…, which said a reprint was under way" reports.
  if (content && (c.entry.stance !== 'assert' || holdsClause(doc, content))) drafts.push(newDraft(c.unit, src, cueSpan(doc, c), content, c.entry.stance, ruleOf(c, '-relative'), null));
  return true;
}

/** "X, which the ministry said had been asked to …, did not respond": the ministry said it, up to the comma. */
export function attachRelativeSubject(ctx: Ctx, c: CueMatch, drafts: Draft[]): boolean {
  const { doc } = ctx;
  const u = ctx.units[c.unit]!;
  let r = c.first - 1;
  while (r > u.firstToken && c.first - r <= 6 && !isRelative(doc, r) && low(doc, r) !== 'that' && !isComma(doc, r) && pos(doc, r) !== 'VERB' && pos(doc, r) !== 'AUX') r--;
  if (r <= u.firstToken || r >= c.first - 1 || pos(doc, r + 1) === 'ADP' || !['which', 'whom', 'that'].includes(low(doc, r)) || !(isComma(doc, r - 1) || pos(doc, r - 1) === 'NOUN') || !hasNoun(doc, [r + 1, c.first])) return false;
  let end = c.end;
  while (end < u.endToken && !isComma(doc, end) && end - c.end < 60) end++;
  const content = charSpan(doc, c.end, end);
  if (content) drafts.push(newDraft(c.unit, [r + 1, c.first], cueSpan(doc, c), content, c.entry.stance, ruleOf(c, '-relative'), null));
  return true;
}
