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

/** What a quantity counts, for grouping: its item's last content word, with its unit ("contractor"). */
export function itemHead(q: QuantityRecord): string | undefined {
  const words = contentWords(q.item ?? '');
  const head = words[words.length - 1];
  if (!head) return undefined;
  return `${q.unit ?? ''}|${head}`;
}

/**
 * Figures that disagree: quantities of one story that count the same item (same head noun and unit)
 * where two articles give ranges that do not overlap. A figure keeps every value that disagrees with
 * another; values that agree with all of them are left out (FORMAT.md).
 */
export function compareFigures(articles: readonly ResolvedArticle[]): Figure[] {
  const groups = new Map<string, FigureValue[]>();
  for (const a of articles)
    a.record.quantities.forEach((quantity, seq) => {
      const head = itemHead(quantity);
      if (!head || !rangeOf(quantity)) return;
      const source = a.record.statements.find((s) => s.content_span.start <= quantity.span.start && quantity.span.end <= s.content_span.end)?.source ?? null;
      const list = groups.get(head) ?? [];
      list.push({ article: a, seq, quantity, source });
      groups.set(head, list);
    });
  const figures: Figure[] = [];
  for (const values of groups.values()) {
    const disagree = (v: FigureValue, w: FigureValue) => !overlaps(rangeOf(v.quantity)!, rangeOf(w.quantity)!);
    const acrossArticles = values.some((v) => values.some((w) => w.article !== v.article && disagree(v, w)));
    if (!acrossArticles) continue;
    const kept = values.filter((v) => values.some((w) => disagree(v, w)));
    figures.push({ item: values[0]!.quantity.item ?? '', values: kept });
  }
  return figures;
}
