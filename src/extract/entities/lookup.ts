import type { Mention } from '../../model/entity.js';

/**
 * Small pure helpers over a mention list, for later layers (statements, relations).
 * Mentions may arrive in any order; both helpers scan linearly, which is cheap for one article.
 */

/**
 * The mention that covers [start, end) or lies inside it; the longest one when several qualify.
 * Example: mentionAt(ms, 10, 16) on "President Haftar" → the "Haftar" mention at 10..16.
 */
export function mentionAt(mentions: readonly Mention[], start: number, end: number): Mention | null {
  let best: Mention | null = null;
  let bestCovers = false;
  for (const m of mentions) {
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
  const out = mentions.filter((m) => start <= m.span.start && m.span.end <= end);
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return out;
}
