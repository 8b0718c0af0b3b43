import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/entity.js';
import { mentionAt, mentionsIn } from '../entities/lookup.js';
import type { Draft } from './draft.js';
import { low, tok } from './tokens.js';

const RELAY_VERBS = new Set(['seen', 'obtained', 'reviewed', 'polled', 'surveyed', 'interviewed', 'contacted', 'published']);

/** The entity named in token range [a, b): the covering mention, else the first inside. */
function entityOf(doc: Doc, mentions: readonly Mention[], a: number, b: number): string | null {
  if (a >= b) return null;
  const s = doc.tokenStart[a]!;
  const e = doc.tokenEnd[b - 1]!;
  return mentionsIn(mentions, s, e).find((m) => m.type !== 'PERSON')?.entityId ?? mentionAt(mentions, s, e)?.entityId ?? null;
}

/**
 * Pass 8: the outlet that relayed a statement: "told Reuters" and "X reported, citing …" (found by
 * attach-sources), or "seen by Reuters" / "polled by X" inside the source phrase.
 */
export function attachVia(doc: Doc, drafts: Draft[], mentions: readonly Mention[]): void {
  for (const d of drafts) {
    if (d.viaEntityId) continue;
    if (!d.via) {
      const [a, b] = d.source;
      for (let k = a; k < b - 1; k++) {
        if (low(doc, k + 1) === 'by' && RELAY_VERBS.has(low(doc, k))) {
          let e = k + 2;
          while (e < b && tok(doc, e) !== ',' && low(doc, e) !== 'in' && low(doc, e) !== 'on') e++;
          d.via = [k + 2, e];
          break;
        }
      }
    }
    if (d.via) d.viaEntityId = entityOf(doc, mentions, d.via[0], d.via[1]);
  }
}
