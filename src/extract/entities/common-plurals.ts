import type { EntityLexicons } from './lexicon-index.js';
import type { Candidate } from './segment-runs.js';
import type { Word } from './words.js';

// Plural endings of agent and group nouns: "Dockworkers", "Regulators", "Pharmacists", "Residents", "Employees".
const AGENT_PLURAL = /\p{Ll}(?:ers|ors|ists|ants|ents|ees)$/u;

/** Singular guesses of an English plural: "pharmacists" → pharmacist, "taxes" → tax, "bodies" → body. */
function singulars(lower: string): string[] {
  const out = [lower.slice(0, -1)];
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) out.push(lower.slice(0, -3) + 'y');
  return out;
}

/**
 * Words of this article's names that a plural common noun could not be: words written capitalised
 * mid-sentence as a name on their own, and words after the first of a longer name ("Bernie Sanders").
 */
export interface NameEvidence {
  /** Written alone, capitalised, mid-sentence. */
  readonly midSentence: ReadonlySet<string>;
  /** A later word of a longer name. */
  readonly inner: ReadonlySet<string>;
}

export function nameEvidenceWords(cands: readonly Candidate[], words: readonly Word[]): NameEvidence {
  const midSentence = new Set<string>();
  const inner = new Set<string>();
  for (const c of cands) {
    if (c.words.length === 1 && !words[c.first]!.initial) midSentence.add(c.words[0]!);
    for (let k = 1; k < c.words.length; k++) inner.add(c.words[k]!);
  }
  return { midSentence, inner };
}

/**
 * True when a one-word name is a plural common noun capitalised by position, not a name:
 * "Dockworkers said ...", "Exporters warned ...", "In Oru, Pharmacists said ..." when the text also
 * writes "pharmacists". At a sentence start an agent-noun ending or a known role noun is enough; mid
 * sentence the lower-case word must occur in the text. Words the text uses as names elsewhere stay.
 */
export function isCommonPlural(c: Candidate, words: readonly Word[], lex: EntityLexicons, lowerWords: ReadonlySet<string>, ev: NameEvidence): boolean {
  if (c.words.length !== 1 || c.senses) return false;
  const w = c.words[0]!;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || ev.inner.has(w) || lex.heads.has(w)) return false;
  const lower = w.toLowerCase();
  const sing = singulars(lower);
  if (sing.some((s) => lex.aloneWords.has(s[0]!.toUpperCase() + s.slice(1)))) return false;
  const inText = lowerWords.has(lower) || sing.some((s) => lowerWords.has(s));
  if (!words[c.first]!.initial) return inText;
  if (ev.midSentence.has(w)) return false;
  return inText || AGENT_PLURAL.test(w) || sing.some((s) => lex.context.get(s)?.before === 'PERSON' || lex.context.get(s)?.appositive === 'PERSON');
}
