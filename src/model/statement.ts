import type { Located } from './span.js';

export const SOURCE_KINDS = ['named_person', 'named_org', 'anonymous', 'document', 'unnamed_official', 'media'] as const;
/** FORMAT.md source kinds. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STANCES = ['assert', 'deny', 'no_comment'] as const;
/** From the cue, not the content: "denied" → deny, "did not respond" → no_comment. */
export type Stance = (typeof STANCES)[number];

/** Who stands behind a statement. Example: "two senior officials" → {kind: 'anonymous', count: 2}. */
export interface StatementSource extends Located {
  readonly kind: SourceKind;
  /** The entity named, or the body an unnamed official speaks for. */
  readonly entityId: string | null;
  /** How many sources the text says stand behind it; null when not said. */
  readonly count: number | null;
}

/** A reported claim (Citron/PARC triple plus stance and relay). Span = the whole attribution. */
export interface Statement extends Located {
  readonly source: StatementSource;
  readonly stance: Stance;
  /** Null for a quotation that continues the last speaker's words with no new cue. */
  readonly cue: Located | null;
  readonly content: Located;
  /** The outlet or channel that relayed it ("told Reuters"). */
  readonly viaEntityId: string | null;
}
