import type { Quantity } from '../../model/quantity.js';
import { locate } from '../../model/span.js';
import type { Sentence } from '../../model/doc.js';
import type { BoundSets } from './load-lexicons.js';
import { readAmount, scaled, type Amount, type ScanContext } from './read-amount.js';
import { findItem, type ItemPhrase } from './find-item.js';
import { whyNotAmount } from './is-not-amount.js';
import { isSourceCount } from './is-source-count.js';

const RANGE_JOINERS = new Set(['to', '-', '\u2013', 'or']);
const MAX_SOURCE_COUNT = 20;
const SAME_KIND_JOINERS = new Set(['and', 'or', 'to', '-', '\u2013']);

/** Two amounts joined into a range: "between $150 and $300", "20 or 30", "$1,000 to $2,000", "10-15". */
interface Joined {
  readonly low: number;
  readonly high: number;
  readonly end: number;
  readonly currency: string | null;
  /** The unit both ends share ("3 to 5 percent"). */
  readonly unit: Amount['unit'];
}

/** The second end of a range starting at the joiner token `at`, or null. */
function joinRange(ctx: ScanContext, a: Amount, at: number, limit: number, between: boolean, from: boolean): Joined | null {
  if (at >= limit || a.form === 'vague' || a.value == null) return null;
  const joiner = ctx.words[at]!.toLowerCase();
  if (!(between ? joiner === 'and' : RANGE_JOINERS.has(joiner)) || (from && joiner === 'to')) return null;
  const b = readAmount(ctx, at + 1, limit);
  if (!b || b.form === 'vague' || b.value == null) return null;
  // Both ends measure the same thing: the same currency or unit, or a first end that borrows the
  // second's ("500 and 1,000 shillings"); never "2% to $81.40".
  const kindOf = (x: Amount) => x.currency ?? x.unit?.unit ?? null;
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka != null && kb != null && ka !== kb) return null;
  if (ka != null && kb == null && !a.currency) return null;
  // A shared scale: "between 2 and 3 million".
  const low = a.scale === 1 && b.scale > 1 && a.raw! < b.raw! ? scaled(a.raw!, b.scale) : a.value;
  if (!(b.value > low)) return null;
  return { low, high: b.value, end: b.end, currency: a.currency ?? b.currency, unit: a.unit ?? b.unit };
}

/** True when `next` looks like the number a skipped one is joined to: "2019 and 2020", "May 3 and 4"; not "2019 and 300". */
function sameShape(why: string, next: string): boolean {
  if (why === 'year') return /^\d{4}$/.test(next);
  return (why === 'date' || why === 'age' || why === 'label' || why === 'clock') && /^\d{1,3}$/.test(next);
}

const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'those', 'whom', 'these']);

/**
 * Where the quantity's span ends once what it is per ("a month", "each", "at a time", "in prison") and a
 * partitive pronoun ("three of them") are added; neither changes the numbers.
 */
function tailEnd(ctx: ScanContext, end: number, limit: number, bare: boolean): number {
  const { words, lex } = ctx;
  if (bare && end + 1 < limit && words[end]!.toLowerCase() === 'of' && PARTITIVE_PRONOUNS.has(words[end + 1]!.toLowerCase())) end += 2;
  const tail = lex.contextAfter.matchForward(words, end, limit);
  if (tail && (tail.values.includes('rate') || tail.values.includes('sentence'))) end = tail.edge;
  return end;
}

/** The quantity rule id: which pattern found it. */
function ruleOf(a: Amount, sets: BoundSets | null, range: boolean): string {
  if (range || a.low != null && a.form !== 'vague') return 'quantities/range';
  if (a.form === 'vague') return 'quantities/vague';
  if (sets === 'low' || sets === 'high') return 'quantities/bound';
  if (sets === 'value') return 'quantities/approximate';
  return 'quantities/exact';
}

/** All quantities of one sentence, left to right; each token belongs to at most one quantity. */
export function readQuantities(ctx: ScanContext, sentence: Sentence, out: Quantity[]): void {
  const { doc, words, lex } = ctx;
  const limit = sentence.endToken;
  for (let i = sentence.firstToken; i < limit; i++) {
    const a = readAmount(ctx, i, limit);
    if (!a) continue;
    const boundBefore = lex.boundsBefore.matchBackward(words, a.start, sentence.firstToken);
    const first = boundBefore ? boundBefore.edge : a.start;
    const prevWord = first > sentence.firstToken ? words[first - 1]!.toLowerCase() : '';
    // A range needs a first end that is an amount itself: not "between 2016 and 2018", not "June 1 and July 16".
    const whyAlone = whyNotAmount(ctx, a, first, null, sentence.firstToken, limit);
    const range = whyAlone && whyAlone !== 'pronoun-one' ? null : joinRange(ctx, a, a.end, limit, prevWord === 'between', prevWord === 'from');
    let end = range ? range.end : a.end;
    const boundAfter = lex.boundsAfter.matchForward(words, end, limit);
    if (boundAfter) end = boundAfter.edge;
    const countable = !a.currency && (!a.unit || a.unit.kind === 'duration' || a.unit.kind === 'size');
    const item: ItemPhrase | null = countable ? findItem(ctx, end, limit, a.form === 'vague') : null;
    const spanFirst = range && prevWord === 'between' ? first - 1 : first;
    const why = range ? null : whyNotAmount(ctx, a, first, item, sentence.firstToken, limit);
    // Sources behind a statement are a few people counted exactly ("two officials"); "some 3,000 protesters
    // said" or "dozens of residents told" are amounts that also speak.
    const fewExact = a.form !== 'vague' && boundBefore == null && a.value != null && a.value <= MAX_SOURCE_COUNT;
    const source = !why && item && countable && a.unit == null && fewExact ? isSourceCount(ctx, first, item.head, item.end, sentence.firstToken, limit) : false;
    if (why || source) {
      // Skip the number's own tokens only, so a later number in a skipped phrase is still read; a number
      // joined to a skipped one shares its reason ("aged 12 and 14", "on May 3 and 4").
      i = a.numEnd - 1;
      if (why && a.end + 1 < limit && SAME_KIND_JOINERS.has(words[a.end]!.toLowerCase()) && sameShape(why, words[a.end + 1]!)) i = a.end + 1;
      continue;
    }
    // A bound beats an approximation: "some 300 or more" is at least 300.
    const before = boundBefore?.values[0] ?? null;
    const after = boundAfter?.values[0] ?? null;
    const sets: BoundSets | null = after && after !== 'value' ? after : (before ?? after);
    let value = a.value;
    let low = a.low;
    let high = a.high;
    if (range) [value, low, high] = [null, range.low, range.high];
    else if (a.form !== 'vague' && a.value != null && (sets === 'low' || sets === 'high')) {
      value = null;
      low = sets === 'low' ? a.value : null;
      high = sets === 'high' ? a.value : null;
    }
    const spanEnd = tailEnd(ctx, item ? Math.max(end, item.end) : end, limit, item == null);
    const unitOf = range?.unit ?? a.unit;
    const unit = range?.currency ?? a.currency ?? (unitOf && (unitOf.kind === 'percent' || unitOf.kind === 'points' || unitOf.kind === 'times') ? unitOf.unit : null);
    const itemText = item
      ? doc.text.slice(doc.tokenStart[item.first], doc.tokenEnd[item.end - 1])
      : unitOf && (unitOf.kind === 'measure' || unitOf.kind === 'duration')
        ? unitOf.unit
        : null;
    out.push({
      ...locate(doc.text, doc.tokenStart[spanFirst]!, doc.tokenEnd[spanEnd - 1]!, ruleOf(a, sets, range != null)),
      value,
      low,
      high,
      item: itemText,
      unit,
    });
    i = spanEnd - 1;
  }
}
