import type { SourceKind, Stance } from '../../model/statement.js';
import type { Range } from './find-subject.js';

/** Char span [start, end). */
export type CharSpan = readonly [number, number];

/**
 * A statement while the passes work on it. Token ranges for the source (so later passes can read its
 * words), char spans for cue and content (a quotation's inside is not token-aligned).
 */
export interface Draft {
  /** Position in the article, for ordering and "the last speaker". */
  readonly at: number;
  unit: number;
  source: Range;
  /** Rule of the source span, when a later pass replaced it (pronoun → antecedent). */
  sourceRule: string;
  cue: CharSpan | null;
  content: CharSpan;
  stance: Stance;
  rule: string;
  /** The phrase naming the outlet that relayed it ("told Reuters"), if any. */
  via: Range | null;
  viaEntityId: string | null;
  kind: SourceKind;
  count: number | null;
  entityId: string | null;
  /** The source's head noun lemma ("spokesman"), for "the spokesman" → its antecedent. */
  headNoun: string | null;
  /** The source needs an antecedent: a pronoun or a definite description. */
  anaphor: 'pronoun' | 'definite' | null;
}

/** A fresh draft with the classification fields empty (count-sources fills them). */
export function newDraft(unit: number, source: Range, cue: CharSpan | null, content: CharSpan, stance: Stance, rule: string, via: Range | null): Draft {
  return {
    at: cue ? cue[0] : content[0],
    unit,
    source,
    sourceRule: rule,
    cue,
    content,
    stance,
    rule,
    via,
    viaEntityId: null,
    kind: 'anonymous',
    count: null,
    entityId: null,
    headNoun: null,
    anaphor: null,
  };
}
