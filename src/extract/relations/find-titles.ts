import { candidate, isPossessive, type Candidate, type Context } from './context.js';
import { PAST, roleEnding, titleWordsBefore } from './role-words.js';

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
    if (ctx.lower[k] === ',') k--;
    const { words, before } = titleWordsBefore(ctx, k);
    if (!words.length || before < 0) return;
    let b = before;
    if (isPossessive(ctx, b)) b--;
    const bi = b >= 0 ? ctx.endsAt[b]! : -1;
    if (bi < 0) return;
    const body = ctx.mentions[bi]!;
    if (body.type === 'PERSON' || body.type === 'NORP' || body.type === 'LOC') return;
    // "former Danish official X": a past role, even when "former" comes before the body's name.
    const pre = ctx.mentionFirst[bi]! - 1;
    if (pre >= 0 && PAST.has(ctx.lower[pre]!)) return;
    const role = roleEnding(ctx, words, 'person');
    if (!role) return;
    out.push(candidate(ctx, role.predicate, person, body, b, first, 'relations/title-before-name'));
  });
  return out;
}

