import type { EntityType, Mention } from '../../model/entity.js';
import { candidate, isLowerWord, isPossessive, pos, sameSentence, type Candidate, type Context } from './context.js';
import { phraseAfter } from './noun-phrase.js';
import { PAST, roleEnding, titleWordsBefore, titleWordsFrom, type RoleMatch } from './role-words.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
const ROLE_PREPS = new Set(['at', 'of', 'for', 'with', 'in']);
const BODY_TYPES: readonly EntityType[] = ['ORG', 'GROUP', 'GPE'];
const MAX_REACH = 14;

/** "a Libya analyst": a place named bare before an expert's role is the topic; "a Kremlin spokesman" is the affiliation. */
export function isTopic(body: Mention, role: RoleMatch): boolean {
  return body.type === 'GPE' && body.form !== 'adjectival' && role.expert;
}

/**
 * A role in apposition after a name: "X, a researcher at Y" / "X, director of the Y-based Z" /
 * "X, the WHO's incident manager" / "X, an NDM polling agent" → member_of or leads;
 * for a body, "The Commission, the EU's executive arm" → member_of.
 */
export function findAppositiveRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  ctx.mentions.forEach((x, xi) => {
    // A state may be an ally or a member ("Egypt, a close ally of X", "Cyprus, a member of the EU"), not an employee.
    const kind = x.type === 'PERSON' || x.type === 'GPE' ? 'person' : x.type === 'ORG' || x.type === 'GROUP' ? 'part' : null;
    if (!kind) return;
    const stateRole = (r: RoleMatch | null) => x.type !== 'GPE' || (!!r && (r.predicate === 'supports' || r.role === 'member'));
    const last = ctx.mentionLast[xi]!;
    let k = last + 1;
    if (ctx.lower[k] !== ',' || !sameSentence(ctx, k + 1, last)) return;
    k++;
    if (DETERMINERS.has(ctx.lower[k]!)) k++;
    // "X, the WHO's incident manager": the body comes first, then the role.
    const bi = ctx.startsAt[k]!;
    if (bi >= 0) {
      let body = ctx.mentions[bi]!;
      let r = ctx.mentionLast[bi]! + 1;
      if (isPossessive(ctx, r)) r++;
      const { words, next } = titleWordsFrom(ctx, r);
      const role = words.length ? roleEnding(ctx, words, kind) : null;
      if (!role) return;
      let end = next - 1;
      // "a Libya analyst at the Institute": the workplace after the role wins over the topic before it.
      if (body.type === 'GPE' && ROLE_PREPS.has(ctx.lower[next]!) && ctx.lower[next] !== 'in') {
        const ph = phraseAfter(ctx, next + 1);
        const later = ph?.mentions[0];
        if (ph && later && (later.type === 'ORG' || later.type === 'GROUP')) {
          body = later;
          end = ph.last;
        }
      }
      if (!BODY_TYPES.includes(body.type) || isTopic(body, role) || !stateRole(role)) return;
      out.push(candidate(ctx, role.predicate, x, body, last, end, 'relations/appositive-role'));
      return;
    }
    // "X, a researcher at Y", "X, a professor of African studies at Y", "X, head of Y".
    const { words, next } = titleWordsFrom(ctx, k);
    if (!words.length) return;
    const found = roleEnding(ctx, words, kind);
    // "director of logistics at Y": a director of a department is a member of the body, not its leader.
    const role = found?.predicate === 'leads' && departmentFollows(ctx, next) ? { ...found, predicate: 'member_of' as const } : found;
    for (let p = next; p < last + MAX_REACH && p < ctx.doc.tokenCount && sameSentence(ctx, p, last); p++) {
      const w = ctx.lower[p]!;
      if (!ROLE_PREPS.has(w)) {
        if (pos(ctx, p) === 'PUNCT' || pos(ctx, p) === 'VERB' || ctx.startsAt[p]! >= 0) return;
        continue;
      }
      const ph = phraseAfter(ctx, p + 1);
      const body = ph?.mentions[0];
      // "of African studies": an adjectival name inside the role, read on to the workplace.
      if (!ph || !body || body.form === 'adjectival' || body.type === 'NORP') {
        if (ph) p = ph.last;
        continue;
      }
      const backs = role?.predicate === 'supports';
      // "X, a close ally of Y" may name a person; a member's or leader's role names a body.
      // A place "in" or "at" which one works is no body: "a pollster at Quito-based firm X" reads on to the firm.
      if (!(backs ? w === 'of' : BODY_TYPES.includes(body.type)) || ((w === 'in' || w === 'at') && body.type === 'GPE')) return;
      // "at" ties anyone to their workplace; "of"/"for"/"with" need a known role ("a critic of X" is not a member).
      const predicate = role ? role.predicate : w === 'at' && x.type === 'PERSON' ? 'member_of' : null;
      if (!stateRole(role)) return;
      if (predicate) out.push(candidate(ctx, predicate, x, body, last, ph.last, 'relations/appositive-role'));
      return;
    }
  });
  return out;
}

/** "of logistics", "of public affairs": a role's "of" followed by a lower-case function, not a named body. */
export function departmentFollows(ctx: Context, next: number): boolean {
  if (ctx.lower[next] !== 'of') return false;
  let k = next + 1;
  if (k < ctx.doc.tokenCount && isLowerWord(ctx, k) && pos(ctx, k) === 'ADJ' && ctx.startsAt[k]! < 0) k++;
  return k < ctx.doc.tokenCount && ctx.startsAt[k]! < 0 && isLowerWord(ctx, k) && pos(ctx, k) === 'NOUN';
}

/** A title right before a name with no body of its own before it ("Chairwoman Ilse Varga"), and its first token. */
function titleBefore(ctx: Context, first: number): { role: RoleMatch; from: number } | 'past' | null {
  if (first < 1) return null;
  const { words, before } = titleWordsBefore(ctx, first - 1);
  // "former chairwoman X of Y": no relation now.
  if (words.some((w) => PAST.has(w))) return 'past';
  if (!words.length || (before >= 0 && (ctx.endsAt[before]! >= 0 || isPossessive(ctx, before)))) return null;
  const role = roleEnding(ctx, words, 'person');
  return role && role.predicate !== 'supports' ? { role, from: before + 1 } : null;
}

/** "Detective Superintendent X of Finland's National Bureau" → X member_of the bureau. */
export function findPersonOfRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  ctx.mentions.forEach((x, xi) => {
    if (x.type !== 'PERSON') return;
    const last = ctx.mentionLast[xi]!;
    // "Mila Sorn, of the opposition Civic Union, said": the comma may set the body off.
    const of = ctx.lower[last + 1] === ',' ? last + 2 : last + 1;
    if (ctx.lower[of] !== 'of' || !sameSentence(ctx, of, last)) return;
    const ph = phraseAfter(ctx, of + 1);
    const body = ph?.mentions[0];
    if (!ph || !body || (body.type !== 'ORG' && body.type !== 'GROUP')) return;
    // "Chairwoman Ilse Varga of Harlow": the title before the name says how (leads), else a member.
    const title = titleBefore(ctx, ctx.mentionFirst[xi]!);
    if (title === 'past') return;
    const predicate = title?.role.predicate === 'leads' ? 'leads' : 'member_of';
    out.push(candidate(ctx, predicate, x, body, title ? title.from : last, ph.last, 'relations/person-of'));
  });
  return out;
}
