import { candidate, isLowerWord, pos, sameSentence, type Candidate, type Context } from './context.js';
import { phraseAfter } from './noun-phrase.js';
import { bodyOfPronoun } from './subject.js';

const MAX_NOUNS = 3;
const SEATS = new Set(['headquarters', 'offices', 'office', 'base', 'seat']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/**
 * Where a body sits, said without a verb: "the International Criminal Court in The Hague",
 * "the Bamako newspaper Le Courrier du Sahel" and "its offices in Pretoria" → based_in. Countries are left out: "Corvane in
 * Mozambique" more often tells where a body operates than where it is based.
 */
export function findLocationRelations(ctx: Context, isCountry: (entityId: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const isCity = (mi: number) => {
    const m = ctx.mentions[mi]!;
    return m.type === 'GPE' && m.form !== 'adjectival' && !isCountry(m.entityId);
  };
  // "nobody came to the door at its offices in Pretoria": the body "its" names is based there.
  for (let i = 0; i + 3 < ctx.doc.tokenCount; i++) {
    if (!POSSESSIVE_PRONOUNS.has(ctx.lower[i]!)) continue;
    let k = i + 1;
    if (pos(ctx, k) === 'ADJ') k++;
    if (!SEATS.has(ctx.lower[k]!) || ctx.lower[k + 1] !== 'in') continue;
    const ph = phraseAfter(ctx, k + 2);
    const place = ph?.mentions[0];
    const bi = place && (place.type === 'GPE' || place.type === 'LOC') ? bodyOfPronoun(ctx, i) : -1;
    const body = bi >= 0 ? ctx.mentions[bi]! : null;
    if (ph && place && body && (body.type === 'ORG' || body.type === 'GROUP'))
      out.push(candidate(ctx, 'based_in', body, place, i, ph.last, 'relations/its-seat-in'));
  }
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
