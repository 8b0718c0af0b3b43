import type { Doc } from '../../model/doc.js';
import type { QuantityLexicons, Unit } from './load-lexicons.js';
import { readDigitToken, readWrittenNumber } from './parse-number.js';

/** What one article's passes share: the Doc, its token texts, and the compiled lexicons. */
export interface ScanContext {
  readonly doc: Doc;
  /** Token texts as written. */
  readonly words: readonly string[];
  readonly lex: QuantityLexicons;
}

/**
 * One amount as written: optional currency prefix, the number (with its scale), optional unit or currency word.
 * Example: "€1.5 billion" → {currency: 'EUR', value: 1.5e9}; "hundreds" → {form: 'vague', low: 200, high: 999}.
 */
export interface Amount {
  /** First token: the currency prefix, else the number. */
  readonly start: number;
  readonly numFirst: number;
  /** Just past the number and its scale word. */
  readonly numEnd: number;
  /** Just past the unit or currency word (= numEnd when none). */
  readonly end: number;
  /** Exact figure, else null. */
  readonly value: number | null;
  /** Bounds of a vague amount or a one-token range ("10-15"). */
  readonly low: number | null;
  readonly high: number | null;
  readonly form: 'digits' | 'words' | 'vague';
  /** The number before its scale ("1.5" in "1.5 billion"); null for vague amounts. */
  readonly raw: number | null;
  readonly scale: number;
  readonly bareOne: boolean;
  readonly currency: string | null;
  readonly unit: Unit | null;
}

/** n × scale without binary noise: 4.1 × 1e9 → 4100000000, not 4099999999.9999995. */
export function scaled(n: number, scale: number): number {
  return scale === 1 ? n : Number((n * scale).toPrecision(12));
}

/** True when tokens a and b touch (no space between them). */
export function glued(doc: Doc, a: number, b: number): boolean {
  return doc.tokenEnd[a] === doc.tokenStart[b];
}

/** A currency prefix at token i: "$", "US$", "HK" + "$", "Rs" + ".". */
function currencyPrefix(ctx: ScanContext, i: number, limit: number): { code: string; next: number } | null {
  const { words, lex, doc } = ctx;
  if (i + 1 < limit && glued(doc, i, i + 1)) {
    const two = lex.currencyBefore.get(words[i]! + words[i + 1]!);
    if (two) return { code: two, next: i + 2 };
  }
  const one = lex.currencyBefore.get(words[i]!);
  return one ? { code: one, next: i + 1 } : null;
}

const SPACE_GAP = /^[ \u00a0\u2009\u202f]$/;

interface Core {
  readonly numEnd: number;
  readonly value: number | null;
  readonly high: number | null;
  readonly low: number | null;
  readonly form: Amount['form'];
  readonly raw: number | null;
  readonly scale: number;
  readonly bareOne: boolean;
}

/** The bare number at token i, with its scale word when one follows ("4.5 million", "9.8bn"). */
function readCore(ctx: ScanContext, i: number, limit: number, hasCurrency: boolean): Core | null {
  const { words, lex, doc } = ctx;
  const vague = lex.vague.matchForward(words, i, limit);
  if (vague) {
    const v = vague.values[0]!;
    return { numEnd: vague.edge, value: null, low: v.low, high: v.high, form: 'vague', raw: null, scale: 1, bareOne: false };
  }
  const first = words[i]!.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    let numEnd = i + 1;
    let token = words[i]!;
    // Thousands grouped with spaces: "200 000", "1 200 000" (one space, groups of three).
    if (/^\d{1,3}$/.test(token)) {
      while (numEnd < limit && numEnd - i < 5 && /^\d{3}$/.test(words[numEnd]!) && SPACE_GAP.test(doc.text.slice(doc.tokenEnd[numEnd - 1], doc.tokenStart[numEnd]))) {
        token += words[numEnd]!;
        numEnd++;
      }
    }
    const d = readDigitToken(token, lex.numberWords);
    if (!d) return null;
    let scale = 1;
    if (d.abbrev) {
      const w = lex.numberWords.get(d.abbrev)!;
      if (w.kind === 'money-abbrev' && !hasCurrency) return null;
      scale = w.value;
    } else if (numEnd < limit) {
      const w = lex.numberWords.get(words[numEnd]!.toLowerCase());
      const ok = w && (w.kind === 'scale' || w.kind === 'hundred' || w.kind === 'dozen' || w.kind === 'abbrev' || (w.kind === 'money-abbrev' && hasCurrency && glued(doc, i, numEnd)));
      if (ok) {
        scale = w.value;
        numEnd++;
      }
    }
    if (d.high != null) return { numEnd, value: null, low: scaled(d.value, scale), high: scaled(d.high, scale), form: 'digits', raw: d.value, scale, bareOne: false };
    return { numEnd, value: scaled(d.value, scale), low: null, high: null, form: 'digits', raw: d.value, scale, bareOne: false };
  }
  const w = readWrittenNumber(words, i, limit, lex.numberWords);
  if (!w) return null;
  return { numEnd: w.end, value: w.value, low: null, high: null, form: 'words', raw: w.value, scale: 1, bareOne: w.bareOne };
}

/** The unit or currency word right after the number, the longer of the two when both match. */
function readUnit(ctx: ScanContext, at: number, limit: number, vague: boolean): { end: number; currency: string | null; unit: Unit | null } {
  const { words, lex } = ctx;
  // "tens of billions of dollars": a vague amount takes its currency or unit after "of".
  const from = vague && at < limit && words[at]!.toLowerCase() === 'of' ? at + 1 : at;
  const cur = lex.currencyAfter.matchForward(words, from, limit);
  const unit = lex.units.matchForward(words, from, limit);
  if (from !== at) {
    if (cur) return { end: cur.edge, currency: cur.values[0]!, unit: null };
    if (unit?.values[0]!.kind === 'measure') return { end: unit.edge, currency: null, unit: unit.values[0]! };
    return { end: at, currency: null, unit: null };
  }
  if (cur && (!unit || cur.edge >= unit.edge)) return { end: cur.edge, currency: cur.values[0]!, unit: null };
  if (unit) return { end: unit.edge, currency: null, unit: unit.values[0]! };
  return { end: at, currency: null, unit: null };
}

/** Reads the amount that starts at token i (before `limit`, the sentence end), or null. */
export function readAmount(ctx: ScanContext, i: number, limit: number): Amount | null {
  const prefix = currencyPrefix(ctx, i, limit);
  const numFirst = prefix ? prefix.next : i;
  if (numFirst >= limit) return null;
  const core = readCore(ctx, numFirst, limit, prefix != null);
  if (!core) return null;
  const after = readUnit(ctx, core.numEnd, limit, core.form === 'vague');
  return {
    start: i,
    numFirst,
    numEnd: core.numEnd,
    end: after.end,
    value: core.value,
    low: core.low,
    high: core.high,
    form: core.form,
    raw: core.raw,
    scale: core.scale,
    bareOne: core.bareOne,
    currency: prefix?.code ?? after.currency,
    unit: after.unit,
  };
}
