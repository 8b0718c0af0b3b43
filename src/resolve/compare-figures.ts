import type { QuantityRecord } from '../model/record.js';
import type { ResolvedArticle } from './story-input.js';
import { contentWords } from './text-features.js';

export interface FigureValue {
  readonly article: ResolvedArticle;
  readonly seq: number;
  readonly quantity: QuantityRecord;
  /** Who gave it: the source of the statement it sits in, if any. */
  readonly source: string | null;
}

export interface Figure {
  /** The item's head noun, as the earliest value words it ("contractors"). */
  readonly item: string;
  readonly values: readonly FigureValue[];
}

/** The range a quantity allows under FORMAT.md's vague-amount rules: "some 300" is 300, "more than 450" 450 and up. */
export function rangeOf(q: QuantityRecord): [number, number] | undefined {
  if (q.value != null) return [q.value, q.value];
  if (q.low != null || q.high != null) return [q.low ?? -Infinity, q.high ?? Infinity];
  return undefined;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

// Heads that say nothing of what was counted: "two people were wounded" and "six people were arrested"
// count different things, so for these the word after the figure (or before it) joins the key.
const GENERIC_HEADS = new Set(['people', 'person', 'men', 'women', 'other', 'them', 'civilian', 'resident']);

/** What a quantity counts, for grouping: its item's last content word, with its unit ("contractor"). */
export function itemHead(q: QuantityRecord, text: string): string | undefined {
  const words = contentWords(q.item ?? '');
  const head = words[words.length - 1];
  if (!head) return undefined;
  if (!GENERIC_HEADS.has(head)) return `${q.unit ?? ''}|${head}`;
  const after = contentWords(text.slice(q.span.end, q.span.end + 40).split(/[.;]/)[0] ?? '')[0];
  const before = contentWords(text.slice(Math.max(0, q.span.start - 40), q.span.start).split(/[.;]/).pop() ?? '').pop();
  return `${q.unit ?? ''}|${head}|${after ?? before ?? ''}`;
}

// Two counts this far apart are of different things ("three in hospital", "146 tested"), not a dispute.
const MAX_RATIO = 5;

/**
 * Figures that disagree: quantities of one story that count the same item (same head noun and unit)
 * where two articles give ranges that do not overlap. A figure keeps every value that disagrees with
 * another; values that agree with all of them are left out (FORMAT.md).
 */
export function compareFigures(articles: readonly ResolvedArticle[]): Figure[] {
  const groups = new Map<string, FigureValue[]>();
  for (const a of articles)
    a.record.quantities.forEach((quantity, seq) => {
      const head = itemHead(quantity, a.record.text);
      if (!head || !rangeOf(quantity)) return;
      const source = a.record.statements.find((s) => s.content_span.start <= quantity.span.start && quantity.span.end <= s.content_span.end)?.source ?? null;
      const list = groups.get(head) ?? [];
      list.push({ article: a, seq, quantity, source });
      groups.set(head, list);
    });
  const figures: Figure[] = [];
  for (const values of groups.values()) {
    // One figure per set of values that are about one amount: linked by overlap or by a plausible gap.
    const near = (v: FigureValue, w: FigureValue) => ratio(rangeOf(v.quantity)!, rangeOf(w.quantity)!) <= MAX_RATIO;
    for (const part of components(values, near)) {
      const disagree = (v: FigureValue, w: FigureValue) => !overlaps(rangeOf(v.quantity)!, rangeOf(w.quantity)!) && near(v, w);
      if (!part.some((v) => part.some((w) => w.article !== v.article && disagree(v, w)))) continue;
      figures.push({ item: part[0]!.quantity.item ?? '', values: part.filter((v) => part.some((w) => disagree(v, w))) });
    }
  }
  return figures;
}

/** How far apart two ranges are, as a ratio of their nearest ends (1 when they overlap). */
function ratio(a: [number, number], b: [number, number]): number {
  if (overlaps(a, b)) return 1;
  const [lo, hi] = a[1] < b[0] ? [a[1], b[0]] : [b[1], a[0]];
  return lo > 0 ? hi / lo : Infinity;
}

/** Connected components of `items` under `linked`, in first-seen order. */
function components<T>(items: readonly T[], linked: (x: T, y: T) => boolean): T[][] {
  const out: T[][] = [];
  const seen = new Set<T>();
  for (const start of items) {
    if (seen.has(start)) continue;
    const part: T[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const x = stack.pop()!;
      part.push(x);
      for (const y of items) if (!seen.has(y) && linked(x, y)) [seen.add(y), stack.push(y)];
    }
    out.push(part.sort((p, q) => items.indexOf(p) - items.indexOf(q)));
  }
  return out;
}
