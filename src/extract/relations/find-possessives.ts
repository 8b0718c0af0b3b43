import { candidate, isPossessive, type Candidate, type Context } from './context.js';
import { isStateBodyName } from './extra-mentions.js';

const QUOTES = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/**
 * "A's B" between two names: "Haftar's Libyan National Army" → Haftar leads it; "the NDM's Abena Darko" →
 * member_of; "Germany's Transport Ministry" → member_of Germany; "South Africa's Corvane" → based_in.
 */
export function findPossessiveRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  ctx.mentions.forEach((a, ai) => {
    const last = ctx.mentionLast[ai]!;
    if (!isPossessive(ctx, last + 1) || a.form === 'adjectival') return;
    let k = last + 2;
    if (k < ctx.doc.tokenCount && QUOTES.has(ctx.lower[k]!)) k++;
    const bi = k < ctx.doc.tokenCount ? ctx.startsAt[k]! : -1;
    if (bi < 0) return;
    const b = ctx.mentions[bi]!;
    const end = ctx.mentionLast[bi]!;
    const push = (predicate: 'leads' | 'member_of' | 'based_in', s: typeof a, o: typeof a) =>
      out.push(candidate(ctx, predicate, s, o, last, end, 'relations/possessive'));
    const body = b.type === 'ORG' || b.type === 'GROUP';
    if (a.type === 'PERSON' && body) push('leads', a, b);
    else if ((a.type === 'ORG' || a.type === 'GROUP') && (b.type === 'PERSON' || body)) push('member_of', b, a);
    else if (a.type === 'GPE' && b.type === 'ORG') push(isStateBodyName(ctx.lex, b.text) ? 'member_of' : 'based_in', b, a);
  });
  return out;
}
