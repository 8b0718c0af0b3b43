import type { Draft } from './draft.js';

/** Drafts grouped by sentence unit, so passes that compare statements stay linear in the article. */
export function byUnit(drafts: readonly Draft[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = out.get(d.unit);
    if (list) list.push(d);
    else out.set(d.unit, [d]);
  }
  return out;
}
