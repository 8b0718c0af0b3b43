import { candidate, isPossessive, pos, type Candidate, type Context } from './context.js';
import { phraseAfter } from './noun-phrase.js';

const PARTICIPLES = new Set(['deployed', 'stationed', 'based', 'posted', 'positioned']);
const PLACE_PREPS = new Set(['in', 'to', 'into', 'at']);
const HAVE = new Set(['has', 'have', 'had', 'keeps', 'keep', 'kept', 'maintains', 'maintain', 'maintained']);
// Words of an amount before the force noun: "up to 1,200", "some 300", "more than 900".
const AMOUNT_WORDS = new Set(['up', 'to', 'about', 'some', 'around', 'nearly', 'almost', 'more', 'than', 'over', 'roughly', 'an', 'estimated', 'several', 'hundreds', 'thousands', 'of']);
const MAX_AMOUNT = 5;

/**
 * Forces placed somewhere, said with a participle: "Russian troops stationed in Syria", "Valdoria's
 * forces deployed to Kesh", "Wagner has up to 1,200 people deployed in Libya" → deploys the place.
 */
export function findForceRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  ctx.mentions.forEach((a, ai) => {
    if (a.type === 'NORP' || a.type === 'LOC') return;
    const last = ctx.mentionLast[ai]!;
    let k = last + 1;
    if (isPossessive(ctx, k)) k++;
    else if (HAVE.has(ctx.lower[k]!)) k++;
    else if (a.form !== 'adjectival') return;
    for (let n = 0; n < MAX_AMOUNT && k < ctx.doc.tokenCount && (pos(ctx, k) === 'NUM' || AMOUNT_WORDS.has(ctx.lower[k]!) || pos(ctx, k) === 'ADJ'); n++) k++;
    if (!ctx.lex.forceNouns.has(ctx.lower[k]!) || ctx.inside[k]! >= 0) return;
    if (!PARTICIPLES.has(ctx.lower[k + 1]!) || !PLACE_PREPS.has(ctx.lower[k + 2]!)) return;
    const ph = phraseAfter(ctx, k + 3);
    if (!ph) return;
    for (const place of ph.mentions)
      if (place.type === 'GPE' || place.type === 'LOC') out.push(candidate(ctx, 'deploys', a, place, last, k + 2, 'relations/forces-placed'));
  });
  return out;
}
