import { newDraft, type CharSpan, type Draft } from './draft.js';
import { charSpan, contentAfter, contentBefore } from './find-content.js';
import type { CueMatch } from './find-cues.js';
import { phraseAfter, subjectBefore, type Range } from './find-subject.js';
import { cueSpan, type Ctx } from './attach-context.js';
import { hasWord, headOf, nounOf } from './count-sources.js';
import { isCap, isComma, isEndPunct, isQuote, low, pos, trimRange } from './tokens.js';

/** The cues that name their source after them: "according to X", "citing X", "quoted X as saying", "a charge repeated by X". */

/** "according to SRC, CONTENT" and "CONTENT, according to SRC". */
export function attachAccording(ctx: Ctx, c: CueMatch, drafts: Draft[]): void {
  const { doc, quotes, cues } = ctx;
  const u = ctx.units[c.unit]!;
  let src = phraseAfter(doc, c.end, u.endToken, true);
  if (!src) return;
  // "according to a local group, the Rwanzi Citizens' Forum": the name in apposition belongs to the source.
  if (isComma(doc, src[1])) {
    const app = phraseAfter(doc, src[1] + 1, u.endToken, true);
    if (app && app[1] - app[0] <= 8 && (isCap(doc, app[0]) || (low(doc, app[0]) === 'the' && isCap(doc, app[0] + 1)))) src = [src[0], app[1]];
  }
  let lead = u.firstToken;
  while (lead < c.first && (isQuote(doc, lead) || pos(doc, lead) === 'CCONJ' || pos(doc, lead) === 'ADV')) lead++;
  let content: CharSpan | null;
  if (lead === c.first) {
    let k = src[1];
    if (isComma(doc, k)) k++;
    if (low(doc, k) === 'which' || low(doc, k) === 'who') {
      while (k < u.endToken && !isComma(doc, k)) k++;
      k++;
    }
    content = contentAfter(doc, u, k, quotes, cues);
  } else content = contentBefore(doc, u, isComma(doc, c.first - 1) ? c.first - 1 : c.first, quotes, cues, c);
  if (content) drafts.push(newDraft(c.unit, src, cueSpan(doc, c), content, 'assert', 'statements/according-to', null));
}

/** A phrase that can be cited as a source: a name or a source noun ("three shipping agents", "a leaked memo"). */
function citesSource(ctx: Ctx, src: Range): boolean {
  const { doc, lex } = ctx;
  const head = headOf(doc, src, lex);
  if (head.named || head.noun !== null || hasWord(doc, src, lex.mediaNameWords)) return true;
  // "documents it had obtained": a source noun before the phrase's own clause.
  for (let k = src[0]; k < src[1] && !['VERB', 'AUX', 'PRON'].includes(pos(doc, k)); k++) if (nounOf(doc, k, lex)) return true;
  return false;
}

/** "X reported, citing SRC, that CONTENT": the statement is SRC's, relayed by X. */
export function attachCiting(ctx: Ctx, c: CueMatch, drafts: Draft[]): void {
  const { doc, quotes, cues } = ctx;
  const u = ctx.units[c.unit]!;
  const src = phraseAfter(doc, c.end, u.endToken, true);
  // "declined to comment, citing continuing investigations" gives a reason: a relay cites people, sources or documents.
  if (!src || !citesSource(ctx, src)) return;
  const cs = cueSpan(doc, c);
  const main = drafts.filter((d) => d.unit === c.unit && d.rule !== 'statements/citing').sort((a, b) => Math.abs(a.at - cs[0]) - Math.abs(b.at - cs[0]))[0];
  let k = src[1];
  if (isComma(doc, k)) k++;
  let content: CharSpan | null = null;
  if (low(doc, k) === 'that') content = contentAfter(doc, u, k + 1, quotes, cues);
  else if (main && !(main.content[0] <= cs[0] && cs[0] < main.content[1])) content = main.content;
  else if (k < u.endToken && !isEndPunct(doc, k)) content = contentAfter(doc, u, k, quotes, cues);
  if (!content) return;
  if (main) drafts.splice(drafts.indexOf(main), 1);
  // The relaying outlet: the subject of the verb the citing hangs on ("X reported on Monday, citing …").
  const verb = [...cues].reverse().find((x) => x.unit === c.unit && x.end <= c.first && x.entry.cls !== 'according');
  const relay = main ? main.source : verb ? subjectBefore(doc, u.firstToken, verb.first) : null;
  drafts.push(newDraft(c.unit, src, cs, content, 'assert', 'statements/citing', relay));
}

/** "X quoted SRC as saying CONTENT" (X relayed) and "SRC was quoted as saying CONTENT". */
export function attachQuoted(ctx: Ctx, c: CueMatch, drafts: Draft[]): void {
  const { doc, quotes, cues } = ctx;
  const u = ctx.units[c.unit]!;
  let as = c.end;
  while (as < u.endToken && as < c.end + 15 && low(doc, as) !== 'as') as++;
  if (as >= u.endToken - 1 || doc.tokenLemma[as + 1] !== 'say') return;
  const cueEnd = doc.tokenEnd[as + 1]!;
  if (as === c.end) {
    // "X was quoted as saying by the daily Y that …": Y relayed it.
    let after = as + 2;
    let relay: Range | null = null;
    if (low(doc, after) === 'by') {
      let t = after + 1;
      while (t < u.endToken && t - after < 10 && low(doc, t) !== 'that' && !isComma(doc, t)) t++;
      relay = [after + 1, t];
      after = t;
    }
    const content = contentAfter(doc, u, after, quotes, cues);
    let first = c.first;
    if (first > u.firstToken && doc.tokenLemma[first - 1] === 'be') first--;
    const src = subjectBefore(doc, u.firstToken, first);
    if (src && content) drafts.push(newDraft(c.unit, src, [doc.tokenStart[first]!, cueEnd], content, 'assert', 'statements/quoted-as-saying', relay));
    return;
  }
  const content = contentAfter(doc, u, as + 2, quotes, cues);
  if (!content) return;
  const relay = subjectBefore(doc, u.firstToken, c.first);
  const src = charSpan(doc, c.end, as) ? trimRange(doc, c.end, as) : null;
  if (src) drafts.push(newDraft(c.unit, src, cueSpan(doc, c), content, 'assert', 'statements/quoted-as-saying', relay));
}

/** "CONTENT, a charge repeated by SRC on Tuesday": SRC made (or denied) the claim the clause states. */
export function attachPassive(ctx: Ctx, c: CueMatch, drafts: Draft[]): void {
  const { doc, quotes, cues } = ctx;
  const u = ctx.units[c.unit]!;
  const src = phraseAfter(doc, c.end, u.endToken, true);
  const content = contentBefore(doc, u, c.first - 2, quotes, cues, c);
  if (src && content) drafts.push(newDraft(c.unit, src, cueSpan(doc, c), content, c.entry.stance, `statements/${c.entry.stance === 'deny' ? 'denied' : 'said'}-passive`, null));
}
