import type { Located } from './span.js';

export const PREDICATES = ['supports', 'opposes', 'recruits', 'deploys', 'leads', 'member_of', 'based_in'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** A stated relation between two entities of the article. Example: "Turkey-backed SNA" → turkey supports sna. */
export interface Relation extends Located {
  readonly predicate: Predicate;
  readonly subjectId: string;
  readonly objectId: string;
}
