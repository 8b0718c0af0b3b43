import type { Doc, Sentence } from '../../model/doc.js';
import type { CharSpan } from './draft.js';
import type { CueMatch } from './find-cues.js';
import type { Quote } from './find-quotes.js';
import type { StatementLexicon } from './lexicon.js';

/** What the attach-* passes share: the article, its units and quotes, one unit's cues, the lexicon. */

const RULE_BY_STANCE = { assert: 'said', deny: 'denied', no_comment: 'no-comment' } as const;

export interface Ctx {
  readonly doc: Doc;
  readonly units: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly cues: readonly CueMatch[];
  readonly lex: StatementLexicon;
}

export const cueSpan = (doc: Doc, c: CueMatch): CharSpan => [doc.tokenStart[c.first]!, doc.tokenEnd[c.end - 1]!];
export const ruleOf = (c: CueMatch, how: string): string => `statements/${c.entry.cls === 'doc' ? 'document-' + c.entry.lemmas[0] : RULE_BY_STANCE[c.entry.stance]}${how}`;
