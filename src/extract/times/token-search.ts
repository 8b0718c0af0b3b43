import type { Doc } from '../../model/doc.js';

/** The token starting exactly at `offset`, or -1 (binary search over token starts). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokenCount - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.tokenStart[mid]!;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The last token ending at or before `offset`, or -1. */
export function tokenBefore(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokenCount - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokenEnd[mid]! <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
