import type { Mention } from '../../model/entity.js';
import type { RelationPhrase } from './lexicon.js';
import { candidate, isLowerWord, pos, sameSentence, type Candidate, type Context } from './context.js';
import { phraseAfter } from './noun-phrase.js';
import { clauseSubject } from './subject.js';

/** The last token of `phrase` when its words start at token i, else -1 (phrases match word for word). */
function matchWords(ctx: Context, i: number, phrase: RelationPhrase): number {
  for (let w = 1; w < phrase.words.length; w++) if (ctx.lower[i + w] !== phrase.words[w] || !sameSentence(ctx, i + w, i)) return -1;
  return i + phrase.words.length - 1;
}

/** The name just before token i within its noun phrase: "the Russian effort [in support of]", "Russia, [at war with]". */
function nameBefore(ctx: Context, i: number): Mention[] {
  let k = i - 1;
  if (ctx.lower[k] === ',') k--;
  for (let n = 0; n < 3 && k >= 0 && ctx.endsAt[k]! < 0 && isLowerWord(ctx, k) && (pos(ctx, k) === 'NOUN' || pos(ctx, k) === 'ADJ'); n++) k--;
  if (k < 0 || !sameSentence(ctx, k, i) || ctx.endsAt[k]! < 0) return [];
  return [ctx.mentions[ctx.endsAt[k]!]!];
}

/** Prepositional phrases: "the Russian effort in support of Haftar", "will test children with support from UNICEF". */
export function findPhraseRelations(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.doc.tokenCount; i++) {
    const list = ctx.lex.phrasesByFirst.get(ctx.lower[i]!);
    if (!list || ctx.inside[i]! >= 0) continue;
    for (const phrase of list) {
      const end = matchWords(ctx, i, phrase);
      if (end < 0) continue;
      const after = phraseAfter(ctx, end + 1);
      if (!after) break;
      const others = phrase.other === 'clause' ? clauseSubject(ctx, i) : nameBefore(ctx, i);
      const rule = `relations/phrase-${phrase.other}`;
      for (const a of after.mentions)
        for (const o of others) {
          const [s, obj] = phrase.after === 'subject' ? [a, o] : [o, a];
          out.push(candidate(ctx, phrase.predicate, s, obj, i, end, rule));
        }
      break;
    }
  }
  return out;
}
