import type { Located } from './span.js';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'GROUP'] as const;
/** FORMAT.md entity types. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** How a mention names its entity. Example: "GNA" is an `acronym` of Government of National Accord. */
export type MentionForm = 'full' | 'short' | 'acronym' | 'metonym' | 'adjectival';

/** One actor in one article. Example: {id: 'khalifa_haftar', type: 'PERSON', name: 'Khalifa Haftar'}. */
export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the fullest form seen, titles stripped (or the lexicon's name, for "Moscow" → Russia). */
  readonly name: string;
  /** The rule that made the entity (the rule of its first full mention). */
  readonly rule: string;
}

/** One place in the text that names an entity. Example: "Haftar" (short) → khalifa_haftar. */
export interface Mention extends Located {
  readonly entityId: string;
  readonly type: EntityType;
  readonly form: MentionForm;
}
