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

/**
 * What a quantity counts, for grouping: its item's last content word, with its unit ("|contractor").
 * A generic head also takes the verb next to it, after or before ("40 people were killed", "killed 12
 * people and injured 27"): it gives both keys, and values sharing either are counts of one thing.
 */
export function itemKeys(q: QuantityRecord, text: string): string[] {
  const words = contentWords(q.item ?? '');
  const head = words[words.length - 1];
  if (!head) return [];
  if (!GENERIC_HEADS.has(head)) return [`${q.unit ?? ''}|${head}`];
  const after = contentWords(text.slice(q.span.end, q.span.end + 40).split(/[.;,]/)[0] ?? '')[0];
  const before = contentWords(text.slice(Math.max(0, q.span.start - 40), q.span.start).split(/[.;,]/).pop() ?? '').pop();
  const keys = [after, before].filter((w): w is string => !!w).map((w) => `${q.unit ?? ''}|${head}|${w}`);
  return keys.length ? keys : [`${q.unit ?? ''}|${head}|`];
}

// A later count that says it moved on ("nine people had now been arrested, up from six") updates the
// earlier ones rather than disputing them.
const UPDATE = /\b(?:up from|down from|(?:rose|risen|climbed|increased|grown|jumped) to|(?:had|has|have) now|now stands?|so far|(?:latest|new|updated) (?:toll|figure|count|tally))\b/i;
const isUpdate = (v: FigureValue) => {
  const t = v.article.record.text;
  const before = t.slice(Math.max(0, v.quantity.span.start - 80), v.quantity.span.start).split(/[.!?]\s/).pop() ?? '';
  const after = t.slice(v.quantity.span.end, v.quantity.span.end + 80).split(/[.!?]\s/)[0] ?? '';
  return UPDATE.test(before) || UPDATE.test(after);
};
const updates = (v: FigureValue, w: FigureValue) => v.article.record.published > w.article.record.published && isUpdate(v);

// Two counts this far apart are of different things ("three in hospital", "146 tested"), not a dispute.
const MAX_RATIO = 5;

/**
 * Figures that disagree: quantities of one story that count the same item (same head noun and unit)
 * where two articles give ranges that do not overlap. A figure keeps every value that disagrees with
 * another; values that agree with all of them are left out (FORMAT.md).
 */
export function compareFigures(articles: readonly ResolvedArticle[]): Figure[] {
  // Values are grouped by shared keys (union-find over the keys each value gives).
  const all: Array<{ value: FigureValue; keys: string[] }> = [];
  for (const a of articles)
    a.record.quantities.forEach((quantity, seq) => {
      const keys = itemKeys(quantity, a.record.text);
      if (!keys.length || !rangeOf(quantity)) return;
      const source = a.record.statements.find((s) => s.content_span.start <= quantity.span.start && quantity.span.end <= s.content_span.end)?.source ?? null;
      all.push({ value: { article: a, seq, quantity, source }, keys });
    });
  const figures: Figure[] = [];
  for (const values of components(all, (x, y) => x.keys.some((k) => y.keys.includes(k))).map((part) => part.map((p) => p.value))) {
    // One figure per set of values that are about one amount: linked by overlap or by a plausible gap.
    const near = (v: FigureValue, w: FigureValue) => ratio(rangeOf(v.quantity)!, rangeOf(w.quantity)!) <= MAX_RATIO;
    for (const part of components(values, near)) {
      const disagree = (v: FigureValue, w: FigureValue) => !overlaps(rangeOf(v.quantity)!, rangeOf(w.quantity)!) && near(v, w) && !updates(v, w) && !updates(w, v);
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
