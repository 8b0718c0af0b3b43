import type { EntityLexicons } from './lexicon-index.js';
import type { Candidate } from './segment-runs.js';
import type { Word } from './words.js';

const LEAD = new Set(['the', 'a', 'an', 'its', 'new']);
const SOLD_AS = new Set(['sold', 'marketed', 'branded']);

/**
 * True when the words around one occurrence mark the name as a product, which FORMAT.md does not
 * count as an actor: "the drug Cardivel", "Cardivel, a blood-pressure drug", "Cardivel tablets",
 * "sold under the name Cardivel", "marketed as Cardivel".
 */
export function hasProductCue(c: Candidate, words: readonly Word[], lex: EntityLexicons): boolean {
  const sentence = words[c.first]!.sentence;
  const at = (k: number): Word | undefined => (words[k]?.sentence === sentence ? words[k] : undefined);
  const prev = at(c.first - 1);
  const next = at(c.endWord);
  if (prev && !prev.cap && lex.productNouns.has(prev.text)) return true;
  if (prev?.text === 'as' && SOLD_AS.has(at(c.first - 2)?.text ?? '')) return true;
  if (prev?.text === 'name' && at(c.first - 2)?.text === 'the' && at(c.first - 3)?.text === 'under') return true;
  if (next && !next.cap && lex.productAfter.has(next.text)) return true;
  // "X, a blood-pressure drug": the appositive's noun, within a few words after the comma.
  if (next?.text !== ',') return false;
  let k = c.endWord + 1;
  if (!LEAD.has(at(k)?.text ?? '')) return false;
  for (const stop = k + 6; k < stop; k++) {
    const w = at(k);
    if (!w || (w.punct && w.text !== '-') || w.cap) return false;
    if (lex.productNouns.has(w.text)) {
      const after = at(k + 1);
      // "a drug maker", "an app developer": the product noun only modifies the head.
      return !after || after.punct || !after.wordy || after.pos !== words[k]!.pos;
    }
  }
  return false;
}
