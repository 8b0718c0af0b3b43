import { candidate, isLowerWord, pos, sameSentence, type Candidate, type Context } from './context.js';

const MAX_NOUNS = 3;

/**
 * Where a body sits, said without a verb: "the International Criminal Court in The Hague" and
 * "the Bamako newspaper Le Courrier du Sahel" → based_in. Countries are left out: "Corvane in
 * Mozambique" more often tells where a body operates than where it is based.
 */
export function findLocationRelations(ctx: Context, isCountry: (entityId: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const isCity = (mi: number) => {
    const m = ctx.mentions[mi]!;
    return m.type === 'GPE' && m.form !== 'adjectival' && !isCountry(m.entityId);
  };
  ctx.mentions.forEach((m, mi) => {
    const last = ctx.mentionLast[mi]!;
    if ((m.type === 'ORG' || m.type === 'GROUP') && ctx.lower[last + 1] === 'in') {
      const pi = ctx.startsAt[last + 2] ?? -1;
      if (pi >= 0 && isCity(pi) && sameSentence(ctx, last + 2, last)) out.push(candidate(ctx, 'based_in', m, ctx.mentions[pi]!, last, ctx.mentionLast[pi]!, 'relations/body-in-city'));
    }
    if (isCity(mi)) {
      let k = last + 1;
      let nouns = 0;
      while (nouns < MAX_NOUNS && k < ctx.doc.tokenCount && ctx.startsAt[k]! < 0 && isLowerWord(ctx, k) && pos(ctx, k) === 'NOUN' && sameSentence(ctx, k, last)) {
        k++;
        nouns++;
      }
      const oi = nouns && k < ctx.doc.tokenCount ? ctx.startsAt[k]! : -1;
      if (oi >= 0 && ctx.mentions[oi]!.type === 'ORG' && sameSentence(ctx, k, last))
        out.push(candidate(ctx, 'based_in', ctx.mentions[oi]!, m, last, ctx.mentionLast[oi]!, 'relations/city-noun-body'));
    }
  });
  return out;
}
