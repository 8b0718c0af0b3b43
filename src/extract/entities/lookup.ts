import type { Mention } from '../../model/entity.js';

/**
 * Small pure helpers over a mention list, for later layers (statements, relations).
 * Mentions may arrive in any order. Each list gets a sorted index the first time it is queried (kept in a
 * WeakMap), so a query costs a binary search plus the mentions it returns: per-statement lookups on a
 * 5 MB article stay linear overall instead of scanning every mention each time.
 */
interface MentionIndex {
  readonly sorted: readonly Mention[];
  readonly longest: number;
}

const indexes = new WeakMap<readonly Mention[], MentionIndex>();

function indexOf(mentions: readonly Mention[]): MentionIndex {
  let idx = indexes.get(mentions);
  if (!idx) {
    const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    let longest = 0;
    for (const m of sorted) longest = Math.max(longest, m.span.end - m.span.start);
    idx = { sorted, longest };
    indexes.set(mentions, idx);
  }
  return idx;
}

/** First position in `sorted` whose start is >= `start`. */
function lowerBound(sorted: readonly Mention[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mention that covers [start, end) or lies inside it; the longest one when several qualify.
 * Example: mentionAt(ms, 10, 16) on "President Haftar" → the "Haftar" mention at 10..16.
 */
export function mentionAt(mentions: readonly Mention[], start: number, end: number): Mention | null {
  const { sorted, longest } = indexOf(mentions);
  let best: Mention | null = null;
  let bestCovers = false;
  // A covering mention starts at most `longest` characters before `start`.
  for (let i = lowerBound(sorted, start - longest); i < sorted.length && sorted[i]!.span.start < Math.max(end, start + 1); i++) {
    const m = sorted[i]!;
    const covers = m.span.start <= start && end <= m.span.end;
    const inside = start <= m.span.start && m.span.end <= end;
    if (!covers && !inside) continue;
    // A covering mention wins over one merely inside the range; among equals the longer wins.
    if (!best || (covers && !bestCovers) || (covers === bestCovers && m.span.end - m.span.start > best.span.end - best.span.start)) {
      best = m;
      bestCovers = covers;
    }
  }
  return best;
}

/**
 * Every mention lying entirely inside [start, end), sorted by start then longest first.
 * Example: mentionsIn(ms, 0, 40) on "Russia and Turkey met in Moscow." → Russia, Turkey, Moscow.
 */
export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const { sorted } = indexOf(mentions);
  const out: Mention[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i]!.span.start < end; i++) {
    if (sorted[i]!.span.end <= end) out.push(sorted[i]!);
  }
  return out;
}
