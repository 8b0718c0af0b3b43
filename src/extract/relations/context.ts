import type { Doc } from '../../model/doc.js';
import { tokenPos, type PosTag } from '../../model/doc.js';
import type { Entity, EntityType, Mention } from '../../model/entity.js';
import type { Predicate } from '../../model/relation.js';
import type { RelationLexicon } from './lexicon.js';
import { addAnaphors, addInitials, addRepeats } from './extra-mentions.js';

/** A relation found by a pass, before checks and dedupe. Evidence runs from `start` to `end`. */
export interface Candidate {
  readonly predicate: Predicate;
  readonly subject: Mention;
  readonly object: Mention;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** What every pass reads for one article: the Doc, its mentions indexed by token, and the lexicon. */
export interface Context {
  readonly doc: Doc;
  readonly lex: RelationLexicon;
  /** Mentions in text order (the entity layer's, plus repeats of known names it left unmarked). */
  readonly mentions: readonly Mention[];
  /** Per token: index into `mentions` of the mention starting / ending at it, else -1. */
  readonly startsAt: Int32Array;
  readonly endsAt: Int32Array;
  /** Per token: index into `mentions` of the mention covering it, else -1. */
  readonly inside: Int32Array;
  /** Per token: first token of the mention starting at it / last token of the mention ending at it. */
  readonly firstTok: Int32Array;
  readonly lastTok: Int32Array;
  /** Per mention (index into `mentions`): its first and last token. */
  readonly mentionFirst: readonly number[];
  readonly mentionLast: readonly number[];
  /** Per token: the sentence index. */
  readonly sentenceOf: Int32Array;
  /** Per token: lower-cased text. */
  readonly lower: readonly string[];
}

/** The first token whose end is after `offset` (binary search on tokenEnd). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokenCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokenEnd[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the per-article context. Mentions that do not fall on token boundaries are mapped to the tokens they touch. */
export function buildContext(
  doc: Doc,
  lex: RelationLexicon,
  given: readonly Mention[],
  entities: readonly Entity[] = [],
  countryIds: ReadonlySet<string> = new Set(),
): Context {
  const n = doc.tokenCount;
  const covered = new Uint8Array(n);
  const place = (m: Mention): [number, number] | null => {
    const first = tokenAtOrAfter(doc, m.span.start);
    if (first >= n || doc.tokenStart[first]! >= m.span.end) return null;
    let last = first;
    while (last + 1 < n && doc.tokenStart[last + 1]! < m.span.end) last++;
    return [first, last];
  };
  for (const m of given) {
    const r = place(m);
    if (r) for (let k = r[0]; k <= r[1]; k++) covered[k] = 1;
  }
  const repeats = addRepeats(doc, given, covered);
  const initials = addInitials(doc, lex, entities, given, covered);
  const anaphors = addAnaphors(doc, lex, entities, given, covered, countryIds);
  const all = [...given, ...repeats, ...initials, ...anaphors].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const startsAt = new Int32Array(n).fill(-1);
  const endsAt = new Int32Array(n).fill(-1);
  const inside = new Int32Array(n).fill(-1);
  const firstTok = new Int32Array(n).fill(-1);
  const lastTok = new Int32Array(n).fill(-1);
  const kept: Mention[] = [];
  const mentionFirst: number[] = [];
  const mentionLast: number[] = [];
  for (const m of all) {
    const r = place(m);
    if (!r) continue;
    const [first, last] = r;
    // Nested or overlapping mentions: the first (longest) one keeps the tokens.
    let clash = false;
    for (let k = first; k <= last && !clash; k++) if (inside[k]! >= 0) clash = true;
    if (clash) continue;
    const idx = kept.length;
    kept.push(m);
    mentionFirst.push(first);
    mentionLast.push(last);
    startsAt[first] = idx;
    endsAt[last] = idx;
    firstTok[last] = first;
    lastTok[first] = last;
    for (let k = first; k <= last; k++) inside[k] = idx;
  }
  const sentenceOf = new Int32Array(n);
  doc.sentences.forEach((s, si) => {
    for (let k = s.firstToken; k < s.endToken; k++) sentenceOf[k] = si;
  });
  const lower: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) lower[i] = doc.text.slice(doc.tokenStart[i]!, doc.tokenEnd[i]!).toLowerCase();
  return { doc, lex, mentions: kept, mentionFirst, mentionLast, startsAt, endsAt, inside, firstTok, lastTok, sentenceOf, lower };
}

/** The POS of token i. */
export function pos(ctx: Context, i: number): PosTag {
  return tokenPos(ctx.doc, i);
}

/** True when token i exists and lies in the same sentence as token `ref`. */
export function sameSentence(ctx: Context, i: number, ref: number): boolean {
  return i >= 0 && i < ctx.doc.tokenCount && ctx.sentenceOf[i] === ctx.sentenceOf[ref];
}

/** True when token i starts with a lower-case letter. */
export function isLowerWord(ctx: Context, i: number): boolean {
  const c = ctx.doc.text.charCodeAt(ctx.doc.tokenStart[i]!);
  return c >= 97 && c <= 122;
}

/** True when token i is a possessive marker ("'s", "’s", or a bare apostrophe after "Reuters'"). */
export function isPossessive(ctx: Context, i: number): boolean {
  const w = ctx.lower[i];
  return w === "'s" || w === '\u2019s' || w === "'" || w === '\u2019';
}

/** The mention of entity type in `types`, or any, at index `mi`. */
export function mentionIs(ctx: Context, mi: number, types: readonly EntityType[]): boolean {
  return mi >= 0 && types.includes(ctx.mentions[mi]!.type);
}

/** A candidate whose evidence spans the two mentions and the tokens between them. */
export function candidate(ctx: Context, predicate: Predicate, subject: Mention, object: Mention, fromTok: number, toTok: number, rule: string): Candidate {
  const start = Math.min(subject.span.start, object.span.start, ctx.doc.tokenStart[fromTok]!);
  const end = Math.max(subject.span.end, object.span.end, ctx.doc.tokenEnd[toTok]!);
  return { predicate, subject, object, start, end, rule };
}
