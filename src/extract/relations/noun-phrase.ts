import type { EntityType, Mention } from '../../model/entity.js';
import { isLowerWord, isPossessive, pos, sameSentence, type Context } from './context.js';

/** The mentions a noun phrase names (several when coordinated: "Egypt and the UAE") and its last token. */
export interface Phrase {
  readonly mentions: readonly Mention[];
  readonly first: number;
  readonly last: number;
  /** A negation sat in the verb chain ("did not back"). */
  readonly negated: boolean;
}

/** Quotation marks, which may stand around a name. */
export const QUOTES = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'"]);
// Heads of "hundreds of X": a count, not the thing counted.
const QUANTITY_HEADS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens', 'number', 'group', 'team', 'unit']);
const MAX_SKIP = 10;

function skippableBeforeHead(ctx: Context, j: number): boolean {
  const p = pos(ctx, j);
  // A title before a name: "by General Hamid Dagalo", "to President X".
  if (!isLowerWord(ctx, j) && ctx.lex.roleWords.has(ctx.lower[j]!)) return true;
  if (p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV') return true;
  // Lower-case nouns in front of a name: "video-sharing app Glimmr", "the rival Coalition"; a participle
  // after a determiner or adverb: "the internationally recognised GNA".
  if (!isLowerWord(ctx, j)) return false;
  if (p === 'NOUN' || p === 'PROPN') return true;
  // "the governing Civic Renewal party", "the ruling party".
  return p === 'VERB' && /(ed|ing)$/.test(ctx.lower[j]!) && j > 0 && ['DET', 'ADV', 'ADJ'].includes(pos(ctx, j - 1));
}

/**
 * The head mention of a noun phrase after a possessive or a run of lower-case modifiers:
 * "Finland's National Bureau" → the bureau; "UHP chairman Samuel Mutua" → Mutua; "Dakar-based Institute" → the institute.
 */
function extendHead(ctx: Context, mi: number, next: number, sentenceRef: number): { mi: number; next: number } {
  for (let guard = 0; guard < 4; guard++) {
    let k = next;
    if (k < ctx.doc.tokenCount && isPossessive(ctx, k)) k++;
    let skipped = 0;
    while (k < ctx.doc.tokenCount && skipped < 5 && sameSentence(ctx, k, sentenceRef) && ctx.startsAt[k]! < 0) {
      const w = ctx.lower[k]!;
      const p = pos(ctx, k);
      // A hyphenated modifier ("-based", "-backed"), a lower-case noun or adjective ("law firm"), or a title ("President").
      const ok =
        (w === '-' && k + 1 < ctx.doc.tokenCount && isLowerWord(ctx, k + 1)) ||
        (k > next && ctx.lower[k - 1] === '-') ||
        (isLowerWord(ctx, k) && (p === 'NOUN' || p === 'ADJ' || p === 'PROPN' || p === 'ADV')) ||
        (!isLowerWord(ctx, k) && ctx.lex.roleWords.has(w));
      if (!ok) break;
      k++;
      skipped++;
    }
    if (k === next || k >= ctx.doc.tokenCount || ctx.startsAt[k]! < 0 || !sameSentence(ctx, k, sentenceRef)) break;
    mi = ctx.startsAt[k]!;
    next = ctx.lastTok[k]! + 1;
  }
  return { mi, next };
}

/** The first mention of a phrase starting at token i: determiners, adjectives and lower-case modifiers may come first. */
function firstHeadFrom(ctx: Context, i: number, ref: number): { mi: number; next: number } | null {
  let j = i;
  for (let steps = 0; steps < MAX_SKIP && j < ctx.doc.tokenCount && sameSentence(ctx, j, ref); steps++) {
    if (ctx.startsAt[j]! >= 0) return extendHead(ctx, ctx.startsAt[j]!, ctx.lastTok[j]! + 1, ref);
    const w = ctx.lower[j]!;
    if (w === '-' && j + 1 < ctx.doc.tokenCount && isLowerWord(ctx, j + 1)) {
      j += 2;
      continue;
    }
    // "the town of Kesh", "hundreds of Kivi volunteers", and quotation marks around a name.
    // "a former teacher named X", "a group called X".
    if ((w === 'named' || w === 'called') && j > i && isLowerWord(ctx, j - 1) && pos(ctx, j - 1) === 'NOUN') {
      j++;
      continue;
    }
    if (w === 'of' && j > i && (ctx.lex.placeNouns.has(ctx.lower[j - 1]!) || QUANTITY_HEADS.has(ctx.lower[j - 1]!) || pos(ctx, j - 1) === 'NUM')) {
      j++;
      continue;
    }
    if (QUOTES.has(w)) {
      j++;
      continue;
    }
    if (skippableBeforeHead(ctx, j)) {
      j++;
      continue;
    }
    return null;
  }
  return null;
}

/** Types that may be listed together: places with places, bodies with bodies. */
function typeClass(t: EntityType): string {
  return t === 'GPE' || t === 'LOC' ? 'place' : t === 'ORG' || t === 'GROUP' ? 'body' : t;
}

/**
 * The noun phrase that starts at token i ("the self-declared Turkish Republic", "Dhading and Gorkha"),
 * as its head mentions. Null when no mention heads it within a few words.
 */
export function phraseAfter(ctx: Context, i: number): Phrase | null {
  if (i >= ctx.doc.tokenCount) return null;
  const head = firstHeadFrom(ctx, i, i);
  if (!head) return null;
  const mentions = [ctx.mentions[head.mi]!];
  let last = head.next - 1;
  let j = head.next;
  for (let guard = 0; guard < 6 && j < ctx.doc.tokenCount; guard++) {
    const w = ctx.lower[j]!;
    const comma = w === ',';
    if (w !== 'and' && w !== 'or' && !comma) break;
    let k = j + 1;
    if (comma && ctx.lower[k] === 'and') k++;
    const more = sameSentence(ctx, k, i) ? firstHeadFrom(ctx, k, i) : null;
    if (!more) break;
    const m = ctx.mentions[more.mi]!;
    // A comma only lists when the list goes on: "Chad, Niger and Mali", not "Haftar, the commander".
    if (comma && !(ctx.lower[more.next] === ',' || ctx.lower[more.next] === 'and')) break;
    if (typeClass(m.type) !== typeClass(mentions[0]!.type)) break;
    mentions.push(m);
    last = more.next - 1;
    j = more.next;
  }
  return { mentions, first: i, last, negated: false };
}
