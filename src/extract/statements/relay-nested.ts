import type { Doc } from '../../model/doc.js';
import { byUnit } from './by-unit.js';
import type { Draft } from './draft.js';

/**
 * Pass 5c: "The ministry denied it, saying …, Tidewater reported": an outlet reporting other sources'
 * statements relays them. The inner statements take the outlet as via; the outlet's own report of them
 * is not a further statement.
 */
export function relayNested(doc: Doc, drafts: readonly Draft[]): Draft[] {
  const drop = new Set<Draft>();
  const units = byUnit(drafts);
  for (const outer of drafts) {
    if (outer.kind !== 'media' || !outer.cue) continue;
    const postposed = outer.rule.endsWith('-after');
    const inner = units.get(outer.unit)!.filter((d) => d !== outer && d.cue && (postposed ? d.content[1] <= outer.cue![0] && d.cue[1] <= outer.cue![0] : outer.content[0] <= d.cue[0] && d.cue[1] <= outer.content[1]));
    if (!inner.length) continue;
    for (const d of inner) if (!d.via && !d.viaEntityId) {
      d.via = outer.source;
      d.viaEntityId = outer.entityId;
    }
    drop.add(outer);
  }
  return drafts.filter((d) => !drop.has(d));
}
