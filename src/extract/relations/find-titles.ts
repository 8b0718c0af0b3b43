import type { Mention } from '../../model/entity.js';
import type { Predicate } from '../../model/relation.js';
import { candidate, isLowerWord, isPossessive, pos, type Candidate, type Context } from './context.js';
import { PAST, roleEnding, titleWordsBefore } from './role-words.js';
import { isTopic } from './find-appositives.js';
import { bodyOfPronoun } from './subject.js';

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/**
 * A title naming the body before a person: "UHP chairman Samuel Mutua" → leads, "Health Ministry
 * spokeswoman Chanda Mwale" → member_of, "Russian President Vladimir Putin" → leads Russia,
 * "Elbe Capital's chief investment officer, Henrik Lassen" → member_of.
 */
export function findTitleRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  ctx.mentions.forEach((person, pi) => {
    if (person.type !== 'PERSON') return;
    const first = ctx.mentionFirst[pi]!;
    if (first < 1) return;
    let k = first - 1;
    if (ctx.lower[k] === ',') {
      k--;
      const roleOf = roleOfBody(ctx, k);
      if (roleOf) {
        out.push(candidate(ctx, roleOf.predicate, person, roleOf.body, roleOf.from, first, 'relations/role-of-body-before-name'));
        return;
      }
    }
    const { words, before } = titleWordsBefore(ctx, k);
    if (!words.length || before < 0) return;
    // "the holding company Brekke Invest, whose chairman, Anders Brekke, ...".
    if (ctx.lower[before] === 'whose' && ctx.lower[before - 1] === ',' && before >= 2 && ctx.endsAt[before - 2]! >= 0) {
      const owner = ctx.mentions[ctx.endsAt[before - 2]!]!;
      const role = roleEnding(ctx, words, 'person');
      if (role && role.predicate !== 'supports' && owner.type !== 'PERSON' && !isTopic(owner, role))
        out.push(candidate(ctx, role.predicate, person, owner, before - 2, first, 'relations/whose-title'));
      return;
    }
    let b = before;
    if (isPossessive(ctx, b)) b--;
    // "the company said its chief executive, X": "its" is the nearest body before it.
    const bi = b >= 0 ? (POSSESSIVE_PRONOUNS.has(ctx.lower[b]!) ? bodyOfPronoun(ctx, b) : ctx.endsAt[b]!) : -1;
    if (bi < 0) return;
    const body = ctx.mentions[bi]!;
    if (body.type === 'NORP' || body.type === 'LOC') return;
    // "former Danish official X": a past role, even when "former" comes before the body's name.
    const pre = ctx.endsAt[b] === bi ? ctx.mentionFirst[bi]! - 1 : b - 1;
    if (pre >= 0 && PAST.has(ctx.lower[pre]!)) return;
    const role = roleEnding(ctx, words, 'person');
    // A person before a title is backed, not joined or led: "Ferrek ally X", never "Ferrek spokesman X".
    if (!role || isTopic(body, role) || (body.type === 'PERSON') !== (role.predicate === 'supports')) return;
    out.push(candidate(ctx, role.predicate, person, body, b, first, 'relations/title-before-name'));
  });
  return out;
}


/**
 * "The candidate of the opposition National Movement (NM), Ama Owusu": a role of a body, ending at
 * token `end` (the body's last token or the bracket after its acronym), just before a comma and a name.
 */
function roleOfBody(ctx: Context, end: number): { predicate: Predicate; body: Mention; from: number } | null {
  let k = end;
  if (ctx.lower[k] === ')' && k >= 2 && ctx.lower[k - 2] === '(') k -= 3;
  const bi = k >= 0 ? ctx.endsAt[k]! : -1;
  if (bi < 0) return null;
  const body = ctx.mentions[bi]!;
  if (body.type !== 'ORG' && body.type !== 'GROUP' && body.type !== 'GPE') return null;
  let o = ctx.mentionFirst[bi]! - 1;
  for (let n = 0; n < 3 && o > 0 && (pos(ctx, o) === 'DET' || (isLowerWord(ctx, o) && (pos(ctx, o) === 'ADJ' || pos(ctx, o) === 'NOUN'))); n++) o--;
  if (ctx.lower[o] !== 'of') return null;
  const { words, before } = titleWordsBefore(ctx, o - 1);
  const role = words.length ? roleEnding(ctx, words, 'person') : null;
  return role ? { predicate: role.predicate, body, from: before + 1 } : null;
}
