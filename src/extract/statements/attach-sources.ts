import type { Doc, Sentence } from '../../model/doc.js';
import { cueSpan, ruleOf, type Ctx } from './attach-context.js';
import { attachAccording, attachCiting, attachPassive, attachQuoted } from './attach-other-cues.js';
import { attachRelative, attachRelativeSubject } from './attach-relative.js';
import { hasNoun, holdsClause, isPlainPhrase, spanHasNoun } from './phrase-tests.js';
import { newDraft, type CharSpan, type Draft } from './draft.js';
import { charSpan, contentAfter, contentBefore } from './find-content.js';
import { headOf } from './count-sources.js';
import type { CueMatch } from './find-cues.js';
import type { Quote } from './find-quotes.js';
import { isParenthetical, phraseAfter, subjectBefore, type Range } from './find-subject.js';
import type { StatementLexicon } from './lexicon.js';
import { isCap, isComma, isEndPunct, isNounModifyingVerb, isNounish, isPunct, isQuote, isRelative, low, pos, tok, tokenAtOrAfter, trimRange } from './tokens.js';

const MAX_TAIL = 14;
// "declined to comment." is a statement even with nothing named; "would not comment further" inside a claim is not.
const EXPLICIT_REFUSAL = new Set(['decline', 'refuse']);
// "said the budget would pass and expected growth to recover": a forecast after "and" is part of the report, not a second one.
const NOT_COORDINATED = new Set(['expect', 'believe', 'predict', 'estimate', 'hope']);
// "…," she said as she read the verdict: a subordinate clause after the cue is an adjunct.
const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'although', 'though', 'since']);
const MAX_POSTPOSED_SOURCE = 25;
/** The audience after "told": "told Reuters that …" → [Reuters], the content starts after it. */
function audience(doc: Doc, from: number, end: number): { who: Range | null; next: number } {
  for (let j = from; j < end && j < from + 8; j++) {
    if (low(doc, j) === 'that') return { who: j > from ? [from, j] : null, next: j + 1 };
    const p = pos(doc, j);
    if (!(p === 'DET' || p === 'PROPN' || p === 'NOUN' || p === 'ADJ' || p === 'ADP' || isCap(doc, j))) break;
  }
  let j = from;
  if (low(doc, j) === 'the') j++;
  // "the Rhein-Main Courier": a hyphen joins two capitalised words of one name.
  while (j < end && ((isCap(doc, j) && pos(doc, j) !== 'PRON') || (tok(doc, j) === '-' && j > from && isCap(doc, j - 1) && j + 1 < end && isCap(doc, j + 1)))) j++;
  if (j > from && isCap(doc, j - 1)) return { who: [from, j], next: j };
  if (j < end && pos(doc, j) === 'NOUN' && /s$/.test(low(doc, j))) return { who: [j, j + 1], next: j + 1 };
  return { who: null, next: from };
}

/** "said in a post on X", "wrote on X": the platform that carried it. */
function platformAfter(ctx: Ctx, from: number, end: number): Range | null {
  const doc = ctx.doc;
  for (let j = from; j < end && j < from + 6; j++) {
    if (low(doc, j) === 'on' && j + 1 < end && ctx.lex.platforms.has(tok(doc, j + 1))) return [j + 1, j + 2];
    // "in a video posted on X": a participle after its noun is part of the location phrase.
    const participle = /(ed|wn|en)$/.test(low(doc, j)) && pos(doc, j - 1) === 'NOUN';
    if ((pos(doc, j) === 'VERB' && !participle) || low(doc, j) === 'that') return null;
  }
  return null;
}

/** Nothing but short adjuncts after the cue ("…, he told analysts on a call."): the source came before it. */
function tailIsShort(doc: Doc, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    if (isComma(doc, j) || ((pos(doc, j) === 'SCONJ' || SUBORDINATORS.has(low(doc, j))) && low(doc, j) !== 'that')) return true;
    if (j - from > MAX_TAIL) return false;
    const p = pos(doc, j);
    if (low(doc, j) === 'that' || isQuote(doc, j)) return false;
    // "in a video posted on X": a participle after its noun describes it.
    const participle = p === 'VERB' && /(ed|wn|en)$/.test(low(doc, j)) && pos(doc, j - 1) === 'NOUN';
    if ((p === 'VERB' || p === 'AUX') && !isNounModifyingVerb(doc, j, end) && !participle) return false;
  }
  return true;
}

// Words that open a time adjunct before a time word: "said last week", "said earlier this month".
const TIME_OPENERS = new Set(['last', 'next', 'this', 'earlier', 'late', 'early']);

/** "said last week", "said Tuesday": a time phrase right after the cue belongs to the cue. */
function opensTimeAdjunct(ctx: Ctx, j: number, end: number): boolean {
  const { doc, lex } = ctx;
  if (j >= end) return false;
  if (lex.timeWords.has(low(doc, j))) return true;
  let k = j;
  while (k < end && k - j < 2 && TIME_OPENERS.has(low(doc, k))) k++;
  // "said late on Sunday", "said early in the day".
  return k > j && k < end && (lex.timeWords.has(low(doc, k)) || pos(doc, k) === 'ADP');
}

/** The source between a comma (or closing quote) and a postposed cue: "…, three people familiar with it said". */
function sourceBeforeComma(doc: Doc, first: number, cue: number): { src: Range; at: number } | null {
  let end = cue;
  while (end > first && isComma(doc, end - 1)) end--;
  let asideSkipped = false;
  for (let j = end - 1; j >= first && cue - j <= MAX_POSTPOSED_SOURCE; j--) {
    if (isComma(doc, j) || isQuote(doc, j)) {
      const [a, b] = trimRange(doc, j + 1, end);
      // "…, the Harlow Union, which represents 9,000 dockers, warned": the relative clause is an aside.
      if (!asideSkipped && isComma(doc, j) && a < b && isRelative(doc, a) && end < cue) {
        asideSkipped = true;
        end = j;
        continue;
      }
      if (a >= b || pos(doc, a) === 'CCONJ' || !isPlainPhrase(doc, [a, b]) || !hasNoun(doc, [a, b])) return null;
      // "…, a police spokesman, Inspector X, said": take in a short appositive before the name.
      if (isComma(doc, j) && end < cue) {
        let k = j - 1;
        while (k >= first && j - k <= 8 && !isComma(doc, k) && !isQuote(doc, k)) k--;
        const app: Range = [k + 1, j];
        const nameOrDet = ['DET', 'PRON', 'PROPN'].includes(pos(doc, app[0])) || isCap(doc, app[0]);
        if (k >= first && (isComma(doc, k) || isQuote(doc, k)) && app[0] < app[1] && nameOrDet && isPlainPhrase(doc, app)) return { src: [app[0], b], at: k };
      }
      return { src: [a, b], at: j };
    }
  }
  return null;
}

/** "…, a claim the commission denied": the source follows the claim noun (and "that"/"which"). */
function claimRelative(ctx: Ctx, found: { src: Range; at: number } | null): { src: Range; at: number } | null {
  if (!found) return null;
  const { doc } = ctx;
  const [a, b] = found.src;
  if (!(pos(doc, a) === 'DET' && a + 2 < b && ctx.lex.claimNouns.has(doc.tokenLemma[a + 1] ?? ''))) return found;
  const k = low(doc, a + 2) === 'that' || low(doc, a + 2) === 'which' ? a + 3 : a + 2;
  return k < b ? { src: [k, b], at: found.at } : null;
}

/** "The report found", "Judges found": only documents and officials find, show or recommend. */
function hasDocumentHead(ctx: Ctx, range: Range): boolean {
  const head = headOf(ctx.doc, range, ctx.lex);
  return head.noun !== null && (head.noun.kind === 'document' || head.noun.kind === 'unnamed_official');
}

/** One cue of class say/tell/doc/object: inverted, postposed, participle or plain. */
function attachVerb(ctx: Ctx, c: CueMatch, drafts: Draft[]): void {
  const { doc, quotes, cues } = ctx;
  const u = ctx.units[c.unit]!;
  const cs = cueSpan(doc, c);
  const prev = c.first - 1;
  const make = (src: Range, content: CharSpan | null, how: string, via: Range | null = null) => {
    if (content && c.entry.cls === 'clause' && !holdsClause(doc, content)) return;
    if (content) drafts.push(newDraft(c.unit, src, cs, content, c.entry.stance, ruleOf(c, how), via));
  };
  const atEnd = c.end < u.endToken && isEndPunct(doc, c.end) && /ing$/.test(low(doc, c.head));
  const relayCue = atEnd ? [...cues].reverse().find((x) => x.end < c.first && (x.entry.cls === 'say' || x.entry.cls === 'clause')) : undefined;
  if (relayCue) {
    // "…, Reuters reported five sources … saying.": the sources said it, the reporter relayed it.
    const mine = drafts.filter((d) => d.cue?.[0] === doc.tokenStart[relayCue.first]);
    const [a, b] = trimRange(doc, relayCue.end, c.first);
    let comma = relayCue.first - 1;
    while (comma > u.firstToken && relayCue.first - comma <= 8 && !isComma(doc, comma)) comma--;
    const relayed = isComma(doc, comma) ? contentBefore(doc, u, comma, quotes, cues, c) : mine[0]?.content ?? null;
    const relay: Range | null = isComma(doc, comma) ? [comma + 1, relayCue.first] : mine[0]?.source ?? null;
    if (a < b && relayed) {
      for (const d of mine) drafts.splice(drafts.indexOf(d), 1);
      drafts.push(newDraft(c.unit, [a, b], cs, relayed, c.entry.stance, 'statements/reported-saying', relay));
    }
    return;
  }
  if (c.participle) {
    const before = drafts.filter((d) => d.unit === c.unit && d.at < cs[0]).pop();
    const src = before?.source ?? subjectBefore(doc, u.firstToken, firstVerb(doc, u));
    if (!src) return;
    const aud = c.entry.cls === 'tell' ? audience(doc, c.end, u.endToken) : { who: null, next: c.end };
    make(src, contentAfter(doc, u, aud.next, quotes, cues), '-participle', aud.who);
    // "X denied it, telling Reuters …": the whole exchange went through that outlet.
    if (aud.who && before && !before.via && before.source === src) before.via = aud.who;
    return;
  }
  const opensPhrase = c.end < u.endToken && (isNounish(doc, c.end) || ['DET', 'ADJ'].includes(pos(doc, c.end))) && !['it', 'they', 'that', 'he', 'she', 'we'].includes(low(doc, c.end));
  if ((c.entry.cls === 'say' || c.entry.cls === 'clause') && prev >= u.firstToken && (isComma(doc, prev) || isQuote(doc, prev)) && opensPhrase && !afterParenthetical(doc, u.firstToken, prev)) {
    const src = phraseAfter(doc, c.end, u.endToken, false);
    const before = src && isPlainPhrase(doc, src) && restIsTrailer(doc, src[1], u.endToken, cues, c.unit) ? contentBefore(doc, u, prev, quotes, cues, c) : null;
    if (src && before && holdsClause(doc, before)) {
      make(src, before, '-inverted');
      return;
    }
  }
  if (prev >= u.firstToken && (low(doc, prev) === 'and' || low(doc, prev) === 'but')) {
    if (NOT_COORDINATED.has(c.entry.lemmas[0]!) && drafts.some((d) => d.unit === c.unit && d.at < cs[0])) return;
    // "X denied Y and said Z": the second verb shares the first one's subject.
    const before = drafts.filter((d) => d.unit === c.unit && d.at < cs[0]).pop();
    if (before) {
      const aud2 = c.entry.cls === 'tell' ? audience(doc, c.end, u.endToken) : { who: null, next: c.end };
      make(before.source, contentOfVerb(ctx, c, aud2.next, cs), '-coordinated', aud2.who);
      return;
    }
  }
  const aud = c.entry.cls === 'tell' ? audience(doc, c.end, u.endToken) : { who: null, next: c.end };
  const tailStart = aud.next;
  // An object cue ("rejected") ends its sentence only after a claim noun: "…, a charge the commission rejected."
  const claimEnd = c.entry.cls === 'object' && (tailStart >= u.endToken || isEndPunct(doc, tailStart));
  const adjunctOnly = (c.entry.cls !== 'object' || claimEnd) && (tailStart >= u.endToken || isPunct(doc, tailStart) || ['ADP', 'ADV', 'NUM', 'SCONJ'].includes(pos(doc, tailStart)) || opensTimeAdjunct(ctx, tailStart, u.endToken) || aud.who !== null);
  if (adjunctOnly && tailIsShort(doc, aud.next, u.endToken)) {
    const plain = sourceBeforeComma(doc, u.firstToken, c.first);
    const claimed = claimRelative(ctx, plain);
    const found = claimEnd && claimed === plain ? null : claimed;
    let before = found ? contentBefore(doc, u, found.at, quotes, cues, c) : null;
    // "They said the vote was rigged, a claim the commission denied": the claim is what they said.
    const said = found && found !== plain ? drafts.find((d) => d.unit === c.unit && before && d.content[1] === before[1]) : undefined;
    if (said) before = said.content;
    // "Uy's spokesman, Ferdinand Calixto, dismissed the claims": a postposed cue with its own object needs a clause or quote before it.
    if (found && before && (c.entry.lemmas.length === 1 || holdsClause(doc, before)) && (c.entry.cls !== 'doc' || hasDocumentHead(ctx, found.src))) {
      make(found.src, before, '-after', aud.who ?? platformAfter(ctx, c.end, u.endToken));
      return;
    }
  }
  if (attachRelative(ctx, c, drafts) || attachRelativeSubject(ctx, c, drafts)) return;
  const src = subjectBefore(doc, u.firstToken, c.first);
  if (!src) return;
  if (c.entry.cls === 'doc' && !hasDocumentHead(ctx, src)) return;
  // "Judges found that …" reports; "Police found the body" does not: officials need a clause, documents do not.
  if (c.entry.cls === 'doc' && headOf(doc, src, ctx.lex).noun?.kind !== 'document') {
    const content = contentOfVerb(ctx, c, c.end, cs);
    if (!content || !holdsClause(doc, content)) return;
  }
  make(src, contentOfVerb(ctx, c, aud.next, cs), '', aud.who ?? (c.entry.cls === 'object' ? null : platformAfter(ctx, c.end, u.endToken)));
}

/** The content after a verb cue, with the object rules of refusals and denials. */
function contentOfVerb(ctx: Ctx, c: CueMatch, start: number, cs: CharSpan): CharSpan | null {
  const { doc, quotes, cues } = ctx;
  const u = ctx.units[c.unit]!;
  let from = start;
  if (c.entry.cls === 'object' || c.entry.stance !== 'assert') while (from < u.endToken && ['to', 'on', 'about', 'for', 'of'].includes(low(doc, from))) from++;
  let content = contentAfter(doc, u, from, quotes, cues) ?? (c.entry.cls === 'object' ? cs : null);
  // "The opposition denied that.": the demonstrative is what was denied (as "denied it" is).
  if (!content && c.entry.stance === 'deny' && ['that', 'this'].includes(low(doc, from)) && (from + 1 >= u.endToken || isEndPunct(doc, from + 1) || isComma(doc, from + 1))) content = charSpan(doc, from, from + 1);
  // What was asked is a noun phrase: it ends before ", and nobody came …" or "when contacted by …".
  if (content && c.entry.cls === 'object') content = objectPhrase(doc, content);
  else if (content && c.entry.stance === 'deny') content = beforeParticiple(doc, content);
  // "dismissed the claim as propaganda": what was denied is the claim itself.
  if (content && c.entry.stance === 'deny' && low(doc, from) === 'as' && c.end - c.head > 1) content = charSpan(doc, c.head + 1, c.end);
  // "dismissed the claims of fraud": the claim and what it is about.
  else if (content && c.entry.stance === 'deny' && low(doc, start) === 'of' && c.end - c.head > 1) content = [doc.tokenStart[c.head + 1]!, content[1]];
  // "would not comment further": a refusal with nothing named is no statement, unless it is explicit.
  if (content && c.entry.cls === 'object' && !spanHasNoun(doc, content)) content = EXPLICIT_REFUSAL.has(c.entry.lemmas[0]!) ? cs : null;
  if (!content && c.entry.cls === 'object' && EXPLICIT_REFUSAL.has(c.entry.lemmas[0]!)) content = cs;
  return content;
}

/** After an inverted source only a relative clause, a participle cue or "according to" may follow. */
function restIsTrailer(doc: Doc, from: number, end: number, cues: readonly CueMatch[], unit: number): boolean {
  let k = from;
  while (k < end && (isPunct(doc, k) && !isComma(doc, k))) k++;
  if (k >= end) return true;
  if (!isComma(doc, k)) return false;
  if (cues.some((c) => c.unit === unit && c.first === k + 1 && (c.participle || c.entry.cls === 'according'))) return true;
  if (!isRelative(doc, k + 1)) return false;
  for (let j = k + 1; j < end; j++) if (isComma(doc, j)) return false;
  return true;
}

/** The comma before the cue closes a relative clause ("Ankara, which …, says"): not an inverted cue. */
function afterParenthetical(doc: Doc, first: number, comma: number): boolean {
  for (let j = comma - 1; j >= first && comma - j < 40; j--) {
    if (isComma(doc, j)) return isRelative(doc, j + 1) || isParenthetical(doc, [j + 1, comma]);
  }
  return false;
}

const isParticipleAt = (doc: Doc, k: number): boolean => pos(doc, k) === 'VERB' && /ing$/.test(low(doc, k));

/** ", calling the claims baseless": a participle after a denial is the speaker's comment, not what was denied. */
function beforeParticiple(doc: Doc, span: CharSpan): CharSpan {
  const first = tokenAtOrAfter(doc, span[0]);
  for (let k = first + 1; k < doc.tokenCount && doc.tokenStart[k]! < span[1]; k++) if (isComma(doc, k) && isParticipleAt(doc, k + 1)) return charSpan(doc, first, k) ?? span;
  return span;
}

function objectPhrase(doc: Doc, span: CharSpan): CharSpan {
  const first = tokenAtOrAfter(doc, span[0]);
  for (let k = first + 1; k < doc.tokenCount && doc.tokenStart[k]! < span[1]; k++) {
    const clauseAfterComma = isComma(doc, k) && (['and', 'but', 'while', 'as'].includes(low(doc, k + 1)) || isParticipleAt(doc, k + 1));
    if (clauseAfterComma || (SUBORDINATORS.has(low(doc, k)) && low(doc, k) !== 'as')) return charSpan(doc, first, k) ?? span;
  }
  return span;
}

function firstVerb(doc: Doc, u: Sentence): number {
  for (let i = u.firstToken; i < u.endToken; i++) if (pos(doc, i) === 'VERB' || pos(doc, i) === 'AUX') return i;
  return u.endToken;
}

/**
 * Pass 4: for every cue, its source (a token range) and content (a char span), by the cue's class.
 * Citing cues run last: they take over the statement of the verb they hang on ("reported, citing").
 */
export function attachSources(doc: Doc, units: readonly Sentence[], quotes: readonly Quote[], cues: readonly CueMatch[], lex: StatementLexicon): Draft[] {
  const all: Draft[] = [];
  // One unit at a time: every lookup below stays inside a unit, so the pass is linear in the text.
  for (let i = 0; i < cues.length; ) {
    let j = i;
    while (j < cues.length && cues[j]!.unit === cues[i]!.unit) j++;
    const unitCues = cues.slice(i, j);
    const ctx: Ctx = { doc, units, quotes, cues: unitCues, lex };
    const drafts: Draft[] = [];
    for (const c of unitCues) {
      if (c.entry.cls === 'according') attachAccording(ctx, c, drafts);
      else if (c.entry.cls === 'quoted') attachQuoted(ctx, c, drafts);
      else if (c.entry.cls === 'passive') attachPassive(ctx, c, drafts);
      else if (c.entry.cls !== 'citing') attachVerb(ctx, c, drafts);
    }
    for (const c of unitCues) if (c.entry.cls === 'citing') attachCiting(ctx, c, drafts);
    all.push(...drafts);
    i = j;
  }
  const drafts = all;
  // "the so-called council" is the article's irony, not a source.
  return drafts.filter((d) => d.content[1] > d.content[0] && !/^(the |a )?so-called\b/i.test(doc.text.slice(doc.tokenStart[d.source[0]]!, doc.tokenEnd[d.source[1] - 1]!)));
}
