import type { Predicate } from '../../model/relation.js';
import type { RoleNoun } from './lexicon.js';
import { isLowerWord, pos, sameSentence, type Context } from './context.js';

/** Words that put a role in the past: "former governor". */
export const PAST = new Set(['former', 'ex', 'late', 'then', 'erstwhile', 'outgoing']);

/** Words that say which holder of a role, not whose role it is: "incumbent Governor X", "acting chairman X". */
export const HOLDER_WORDS = new Set(['incumbent', 'acting', 'interim', 'new', 'current', 'sitting', 'newly', 'elected', 'appointed', 'longtime', 'long-time', 'embattled', 'veteran']);

/** A hyphen with no space either side, joining a compound ("director-general"), not a dash. */
function tight(ctx: Context, k: number): boolean {
  return ctx.doc.tokenStart[k] === ctx.doc.tokenEnd[k - 1] && ctx.doc.tokenEnd[k] === ctx.doc.tokenStart[k + 1];
}

/** The role a run of title words ends with, and the predicate it gives. */
export interface RoleMatch {
  readonly predicate: Predicate;
  readonly role: string;
  /** A field of expertise ("analyst"): a bare place before it is a topic. */
  readonly expert: boolean;
  /** Whether the role may find its body or place in the sentence when none is named next to it. */
  readonly context: RoleNoun['context'];
}

/**
 * The longest role that ends `words` ("founder and chief executive" → chief executive → leads).
 * A rank word before a leading role makes it a member's ("constituency chairman"); a past marker
 * ("former governor") gives nothing, since the relation no longer holds.
 */
export function roleEnding(ctx: Context, words: readonly string[], kind: RoleNoun['kind']): RoleMatch | null {
  if (words.some((w) => PAST.has(w))) return null;
  for (let n = Math.min(ctx.lex.maxRoleWords, words.length); n >= 1; n--) {
    const role = words.slice(words.length - n).join(' ');
    // Any actor may be an ally: a body takes the backing roles of persons too ("the FHF, an ally of X").
    const personal = kind === 'part' ? ctx.lex.roles.get(`${role}|person`) : undefined;
    const hit = ctx.lex.roles.get(`${role}|${kind}`) ?? (personal?.predicate === 'supports' ? personal : undefined);
    if (!hit) continue;
    const before = words.slice(0, words.length - n);
    const ranked = before.some((w) => ctx.lex.roles.has(`${w}|rank`));
    if (hit.predicate === 'leads' && ranked) return { predicate: 'member_of', role, expert: hit.expert, context: hit.context };
    // "Nakuru police commander": the leader of the police, not of Nakuru.
    if (hit.predicate === 'leads' && before.some((w) => w !== 'and' && !ctx.lex.roleWords.has(w) && !HOLDER_WORDS.has(w))) return null;
    return { predicate: hit.predicate, role, expert: hit.expert, context: hit.context };
  }
  return null;
}

/**
 * Title words read from token i onwards: lower-case words and capitalised role words ("President"),
 * hyphenated compounds joined ("director-general"). Stops at a mention, punctuation or a preposition.
 */
export function titleWordsFrom(ctx: Context, i: number, max = 6): { words: string[]; next: number } {
  const words: string[] = [];
  let k = i;
  while (k < ctx.doc.tokenCount && words.length < max && sameSentence(ctx, k, i) && ctx.startsAt[k]! < 0) {
    const w = ctx.lower[k]!;
    if (w === '-' && words.length && k + 1 < ctx.doc.tokenCount && ctx.startsAt[k + 1]! < 0 && tight(ctx, k)) {
      words[words.length - 1] += `-${ctx.lower[k + 1]}`;
      k += 2;
      continue;
    }
    const p = pos(ctx, k);
    // "polling agent", "managing director": a gerund inside a title.
    const gerund = p === 'VERB' && w.endsWith('ing') && k + 1 < ctx.doc.tokenCount && pos(ctx, k + 1) === 'NOUN';
    if (!gerund && (p === 'ADP' || p === 'PUNCT' || p === 'VERB' || p === 'AUX' || p === 'PRON' || p === 'SCONJ')) break;
    if (!isLowerWord(ctx, k) && !ctx.lex.roleWords.has(w)) break;
    words.push(w);
    k++;
  }
  return { words, next: k };
}

/** Title words read leftwards from token i (inclusive), in text order, and the token before them. */
export function titleWordsBefore(ctx: Context, i: number, max = 6): { words: string[]; before: number } {
  const words: string[] = [];
  let k = i;
  while (k >= 0 && words.length < max && sameSentence(ctx, k, i) && ctx.endsAt[k]! < 0) {
    const w = ctx.lower[k]!;
    if (w === '-' && words.length && k > 0 && ctx.endsAt[k - 1]! < 0 && tight(ctx, k)) {
      words[0] = `${ctx.lower[k - 1]}-${words[0]}`;
      k -= 2;
      continue;
    }
    const p = pos(ctx, k);
    // "acting president": a holder word the tagger may call a verb.
    if (p === 'ADP' || p === 'PUNCT' || ((p === 'VERB' || p === 'PRON' || p === 'DET') && !(words.length && HOLDER_WORDS.has(w)))) break;
    // A capitalised word that is no name may name a portfolio: "Turkish Defence Minister X".
    if (!isLowerWord(ctx, k) && !ctx.lex.roleWords.has(w) && !(words.length && p === 'PROPN')) break;
    words.unshift(w);
    k--;
  }
  return { words, before: k };
}
