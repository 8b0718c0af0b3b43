import type { EntityType } from '../../model/entity.js';
import type { Relation, Predicate } from '../../model/relation.js';
import type { Statement } from '../../model/statement.js';
import { locate } from '../../model/span.js';
import type { Candidate } from './context.js';

const ACTORS: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'GROUP'];
const BODIES: readonly EntityType[] = ['ORG', 'GPE', 'GROUP'];
const PLACES: readonly EntityType[] = ['GPE', 'LOC'];

/** Which entity types each end of a predicate may take (FORMAT.md's definitions). */
const ENDS: Readonly<Record<Predicate, { subject: readonly EntityType[]; object: readonly EntityType[] }>> = {
  supports: { subject: ACTORS, object: ACTORS },
  opposes: { subject: ACTORS, object: ACTORS },
  recruits: { subject: ACTORS, object: ['PERSON', 'ORG', 'GROUP', 'NORP'] },
  deploys: { subject: ACTORS, object: PLACES },
  leads: { subject: ACTORS, object: BODIES },
  member_of: { subject: ACTORS, object: BODIES },
  based_in: { subject: ['ORG', 'GROUP', 'PERSON'], object: PLACES },
};

/**
 * Keeps candidates whose ends fit the predicate, that relate two different entities, and that no
 * denial covers ("X denied that it backs Y", as found by the statements layer); one relation per
 * (subject, predicate, object), the first in the text.
 */
export function finalizeRelations(text: string, candidates: readonly Candidate[], statements: readonly Statement[]): Relation[] {
  const denials = statements
    .filter((s) => s.stance === 'deny')
    .map((s) => s.content.span)
    .sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: Relation[] = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  // One sweep: the furthest end of any denial that starts at or before the candidate.
  let d = 0;
  let deniedTo = -1;
  for (const c of sorted) {
    while (d < denials.length && denials[d]!.start <= c.start) deniedTo = Math.max(deniedTo, denials[d++]!.end);
    if (c.end <= deniedTo) continue;
    if (c.subject.entityId === c.object.entityId) continue;
    const ends = ENDS[c.predicate];
    if (!ends.subject.includes(c.subject.type) || !ends.object.includes(c.object.type)) continue;
    const key = `${c.subject.entityId}|${c.predicate}|${c.object.entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...locate(text, c.start, c.end, c.rule), predicate: c.predicate, subjectId: c.subject.entityId, objectId: c.object.entityId });
  }
  return out;
}
