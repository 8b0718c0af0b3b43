import type { Mention } from '../../model/entity.js';
import type { RelationVerb } from './lexicon.js';
import { candidate, isPossessive, pos, sameSentence, type Candidate, type Context } from './context.js';
import { phraseAfter, QUOTES, type Phrase } from './noun-phrase.js';
import { subjectBefore } from './subject.js';
import { roleEnding, titleWordsFrom } from './role-words.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
const DENIALS = new Set(['deny', 'denied', 'denies', 'denying', 'rejected', 'refuted', 'dismissed']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s", '\u2019s', 'of']);
const PLACE_PREPS = ['to', 'into', 'in'];
const MAX_GAP = 3;
// "has its regional headquarters in": a possessive may sit inside a phrase too.
const GAP_POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
const MAX_REACH = 25;

/** The last token of `verb` when its words start at token i (a determiner, adjective or adverb may sit between), else -1. */
function matchPhrase(ctx: Context, i: number, verb: RelationVerb): number {
  let j = i;
  let gaps = 0;
  for (let w = 1; w < verb.words.length; w++) {
    j++;
    while (j < ctx.doc.tokenCount && !verb.forms[w]!.has(ctx.lower[j]!) && !verb.forms[w]!.has(ctx.doc.tokenLemma[j]!)) {
      const p = pos(ctx, j);
      // 'stood "fully behind" X': quotation marks, a determiner, adjective or adverb may sit between.
      if (gaps >= MAX_GAP || !(p === 'DET' || p === 'ADJ' || p === 'ADV' || QUOTES.has(ctx.lower[j]!) || GAP_POSSESSIVES.has(ctx.lower[j]!))) return -1;
      gaps++;
      j++;
    }
    if (j >= ctx.doc.tokenCount || !sameSentence(ctx, j, i)) return -1;
  }
  return j;
}

/** A verb, not the noun of "the funds", "an attack", "Russia's backing". */
function isVerbUse(ctx: Context, i: number): boolean {
  const p = pos(ctx, i);
  if (p === 'VERB' || p === 'AUX') return true;
  if (i === 0 || NOUN_MARKERS.has(ctx.lower[i - 1]!)) return false;
  // The tagger slips on "Turkey backs X": trust a name, pronoun or auxiliary before it, not a noun ("police station").
  const q = pos(ctx, i - 1);
  return ctx.endsAt[i - 1]! >= 0 || q === 'PRON' || q === 'AUX' || q === 'ADV';
}

function isLowerNoun(ctx: Context, i: number): boolean {
  return i < ctx.doc.tokenCount && pos(ctx, i) === 'NOUN' && ctx.startsAt[i]! < 0 && /^[a-z]/.test(ctx.lower[i]!) && ctx.lower[i] === ctx.doc.text.slice(ctx.doc.tokenStart[i]!, ctx.doc.tokenEnd[i]!);
}

/** True when the mention ending at token `last` modifies a noun before the verb at v ("Valdorian unit", "Harlow's unit"). */
function modifiesNoun(ctx: Context, last: number, v: number): boolean {
  const k = last + 1;
  return k < v && (isLowerNoun(ctx, k) || pos(ctx, k) === 'ADJ' || (isPossessive(ctx, k) && k + 1 < v));
}

function isPassive(ctx: Context, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && pos(ctx, k) === 'ADV') k--;
  return k >= 0 && BE.has(ctx.lower[k]!) && !ctx.lower[i]!.endsWith('ing');
}

/** Per token: whether a denial came earlier in its sentence ("denied that it had sent"), one pass over the text. */
function denialsBefore(ctx: Context): Uint8Array {
  const out = new Uint8Array(ctx.doc.tokenCount);
  let seen = 0;
  for (let k = 0; k < ctx.doc.tokenCount; k++) {
    if (k > 0 && ctx.sentenceOf[k] !== ctx.sentenceOf[k - 1]) seen = 0;
    out[k] = seen;
    if (DENIALS.has(ctx.lower[k]!) || ctx.doc.tokenLemma[k] === 'deny') seen = 1;
  }
  return out;
}

/** A place after a later "to"/"into"/"in" in the clause: "sent 300 fighters in September to the town of Bossangoa". */
function placeAfter(ctx: Context, from: number, preps: readonly string[], placesOnly = true): Phrase | null {
  // Something is sent before the place: "sent troops to X", not "flew to X".
  for (let k = from + 1; k < from + MAX_REACH && k < ctx.doc.tokenCount && sameSentence(ctx, k, from); k++) {
    const w = ctx.lower[k]!;
    if (w === ';' || (pos(ctx, k) === 'VERB' && k > from + 1 && ctx.startsAt[k]! < 0)) return null;
    if (!preps.includes(w)) continue;
    const ph = phraseAfter(ctx, k + 1);
    if (ph && (!placesOnly || ph.mentions.every((m) => m.type === 'GPE' || m.type === 'LOC'))) return ph;
  }
  return null;
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'the', 'a', 'an', 'his', 'her']);

const OBJECT_RELATIVES = new Set(['which', 'whom', 'that', 'who']);

/** True when nothing the verb could take as its object follows it ("hired in May", "hired,"). */
function hasNoObject(ctx: Context, k: number): boolean {
  if (k >= ctx.doc.tokenCount) return true;
  const p = pos(ctx, k);
  return p === 'PUNCT' || (p === 'ADP' && ctx.lower[k] !== 'of');
}

/** The name before "which"/"whom" when a clause's subject at token `first` follows it: "X, which the utility hired". */
function relativeObject(ctx: Context, first: number): Phrase | null {
  let k = first - 1;
  if (k >= 0 && pos(ctx, k) === 'DET') k--;
  if (k < 1 || !OBJECT_RELATIVES.has(ctx.lower[k]!)) return null;
  k--;
  if (ctx.lower[k] === ',') k--;
  const mi = k >= 0 ? ctx.endsAt[k]! : -1;
  if (mi < 0 || !sameSentence(ctx, k, first)) return null;
  return { mentions: [ctx.mentions[mi]!], first: ctx.mentionFirst[mi]!, last: k, negated: false };
}

/** "hired X as its head of policy" → X member_of the hirer ("head of policy" heads a part, not the body). */
function hiredAs(ctx: Context, hirers: readonly Mention[], hired: Phrase): Candidate[] {
  let k = hired.last + 1;
  if (ctx.lower[k] !== 'as' || hired.mentions.length !== 1 || hirers.length !== 1) return [];
  k++;
  if (POSSESSIVE_DETERMINERS.has(ctx.lower[k]!)) k++;
  const { words, next } = titleWordsFrom(ctx, k);
  const role = words.length ? roleEnding(ctx, words, 'person') : null;
  if (!role) return [];
  const predicate = role.predicate === 'leads' && ctx.lower[next] === 'of' ? 'member_of' : role.predicate;
  return [candidate(ctx, predicate, hired.mentions[0]!, hirers[0]!, hired.first, next - 1, 'relations/hired-as')];
}

/** Verb patterns between two mentions of one clause: "Turkey backs X", "X was backed by Y", "X sent troops to Y". */
export function findVerbRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.doc.tokenCount;
  const denied = denialsBefore(ctx);
  for (let i = 0; i < n; i++) {
    const list = ctx.lex.verbsByFirst.get(ctx.lower[i]!) ?? ctx.lex.verbsByFirst.get(ctx.doc.tokenLemma[i]!);
    if (!list || ctx.inside[i]! >= 0 || !isVerbUse(ctx, i)) continue;
    let verb: RelationVerb | null = null;
    let end = -1;
    for (const v of list) {
      end = matchPhrase(ctx, i, v);
      if (end >= 0) {
        verb = v;
        break;
      }
    }
    if (!verb) continue;
    let afterVerb = end + 1;
    while (afterVerb < n && pos(ctx, afterVerb) === 'ADV') afterVerb++;
    // "sent no troops to X": nothing was sent.
    if (ctx.lower[afterVerb] === 'no') continue;
    const byAgent = ctx.lower[afterVerb] === 'by' ? phraseAfter(ctx, afterVerb + 1) : null;
    const grammatical = subjectBefore(ctx, i);
    if (!grammatical || grammatical.negated || denied[i]) continue;
    // "a Ghanaian unit runs the mine", "Harlow's subsidiary runs it": the leader is the head noun, not its modifier.
    if (verb.predicate === 'leads' && !byAgent && modifiesNoun(ctx, grammatical.last, i)) continue;
    let actors: readonly Mention[];
    let others: Phrase | null;
    if (byAgent) {
      actors = byAgent.mentions;
      others = verb.objectRole === 'to-place' ? placeAfter(ctx, byAgent.last + 1, PLACE_PREPS) : grammatical;
    } else {
      // "X was fined", "troops from X were sent to Y": with no "by", the passive's subject is not the doer.
      if (isPassive(ctx, i) && verb.words.length === 1) continue;
      actors = grammatical.mentions;
      if (verb.objectRole === 'to-place') others = placeAfter(ctx, end + 1, PLACE_PREPS);
      else if (verb.objectRole === 'from-actor') others = placeAfter(ctx, end + 1, ['from'], false);
      else others = phraseAfter(ctx, end + 1);
    }
    // "Harlow Logistics, which the utility hired,": the object is the antecedent of an object relative.
    if (!others && verb.objectRole === 'actor' && !byAgent && hasNoObject(ctx, afterVerb)) others = relativeObject(ctx, grammatical.first);
    if (!others) {
      // "X and Y clashed near Z": a mutual verb with a coordinated subject and no object.
      if (verb.subjectRole === 'mutual' && !byAgent && actors.length > 1)
        for (const a of actors) for (const b of actors) if (a !== b) out.push(candidate(ctx, verb.predicate, a, b, grammatical.first, end, 'relations/verb-mutual'));
      continue;
    }
    const swap = verb.subjectRole === 'patient';
    // Leading "the IMF mission" or "the party list" is leading a part of the body, not the body.
    const predicate = verb.predicate === 'leads' && isLowerNoun(ctx, others.last + 1) ? 'member_of' : verb.predicate;
    const rule = `relations/verb-${byAgent ? 'passive' : 'active'}`;
    // Evidence runs from the subject to the verb phrase and each object (the mentions widen it).
    const lastTok = end;
    for (const a of actors)
      for (const o of others.mentions) {
        out.push(candidate(ctx, predicate, swap ? o : a, swap ? a : o, Math.min(i, grammatical.first), lastTok, rule));
        if (verb.subjectRole === 'mutual') out.push(candidate(ctx, predicate, o, a, Math.min(i, grammatical.first), lastTok, rule));
      }
    if (predicate === 'recruits' && !byAgent) out.push(...hiredAs(ctx, actors, others));
  }
  return out;
}
