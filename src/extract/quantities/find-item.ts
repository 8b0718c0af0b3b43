import { tokenPos, type PosTag } from '../../model/doc.js';
import { glued, type ScanContext } from './read-amount.js';

/** The counted noun phrase after an amount: its token range and head. Example: "at least 47 [Vanguard fighters]". */
export interface ItemPhrase {
  readonly first: number;
  readonly end: number;
  /** Token index of the head noun (the last noun of the phrase). */
  readonly head: number;
}

const MAX_ITEM_TOKENS = 8;
const QUOTES = new Set(['"', '\u201C', '\u201D', "'", '\u2018', '\u2019']);
const isNoun = (p: PosTag) => p === 'NOUN' || p === 'PROPN';

/** One noun phrase from token `from`: modifiers then nouns ("two military helicopters", "19 wounded people"). */
function nounPhrase(ctx: ScanContext, from: number, limit: number): ItemPhrase | null {
  const { doc, words } = ctx;
  let head = -1;
  let k = from;
  for (; k < limit && k - from < MAX_ITEM_TOKENS; k++) {
    const pos = tokenPos(doc, k);
    const w = words[k]!;
    // Another amount starts here ("300 soldiers and dozens of drones").
    if (ctx.lex.numberWords.has(w.toLowerCase()) || ctx.lex.vague.matchForward(words, k, limit)) break;
    // A name after a common noun starts something else: "300 fighters Tuesday".
    if (pos === 'PROPN' && head >= 0 && tokenPos(doc, head) === 'NOUN') break;
    // A plural noun ends the phrase: modifiers are singular ("coal traders"), so in "families drink" the
    // next word is a verb the tagger missed.
    if (head === k - 1 && tokenPos(doc, head) === 'NOUN' && doc.tokenLemma[head] !== words[head]!.toLowerCase()) break;
    // An adjective after the noun starts something else: "riel last year", "people familiar with".
    if (pos === 'ADJ' && head >= 0) break;
    if (isNoun(pos) || pos === 'ADJ') {
      if (isNoun(pos)) head = k;
      continue;
    }
    // A participle before the noun: "wounded people", "armoured vehicles" (after it, it is a verb: "engineers altered data").
    if (pos === 'VERB' && head < 0 && /(?:ed|ing|en)$/i.test(w) && k + 1 < limit && (isNoun(tokenPos(doc, k + 1)) || tokenPos(doc, k + 1) === 'ADJ')) continue;
    // Hyphenated compounds written as three tokens: "rapid-response", "disaster-response".
    if (w === '-' && k > from && glued(doc, k - 1, k) && k + 1 < limit && glued(doc, k, k + 1) && /^[a-z]/i.test(words[k + 1]!)) continue;
    // A word in quotes: 14 "terrorists".
    if (QUOTES.has(w) && k === from && k + 2 < limit && QUOTES.has(words[k + 2]!) && isNoun(tokenPos(doc, k + 1))) {
      head = k + 1;
      k += 2;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  // The phrase ends at its last noun, or at a closing quote right after it.
  const end = head + 1 < k && QUOTES.has(words[head + 1]!) ? head + 2 : head + 1;
  return { first: from, end, head };
}

/**
 * The item counted by the amount ending at `at`: a noun phrase, or after a vague amount "of" + a noun
 * phrase ("hundreds of people"); a second phrase joined by "and" is kept ("drones and armoured vehicles").
 */
export function findItem(ctx: ScanContext, at: number, limit: number, afterOf: boolean): ItemPhrase | null {
  const { doc, words } = ctx;
  let from = at;
  if (afterOf) {
    if (from >= limit || words[from]!.toLowerCase() !== 'of') return null;
    from++;
  }
  const np = nounPhrase(ctx, from, limit);
  if (!np) return null;
  if (np.end < limit && words[np.end]!.toLowerCase() === 'and' && np.end + 1 < limit) {
    const opens = tokenPos(doc, np.end + 1);
    const second = opens === 'VERB' ? null : nounPhrase(ctx, np.end + 1, limit);
    const headPos = second ? tokenPos(doc, second.head) : 'X';
    // "killing four guards and wounding nine": a lone -ing word after "and" is a verb, whatever its tag.
    const verbLike = second != null && second.first === second.head && /ing$/i.test(words[second.head]!);
    if (second && !verbLike && (headPos === 'NOUN' || /s$/i.test(words[second.head]!))) return { first: np.first, end: second.end, head: second.head };
  }
  return np;
}
