import type { NumberWord } from './load-lexicons.js';

/** A number read from one digit token: a value, or a range written as one token ("10-15"). */
export type DigitReading = { readonly value: number; readonly high?: number; readonly abbrev?: string };

// Longest token we try to read as a number: a guard for pathological input, not a real limit.
const MAX_DIGITS = 24;

/** True for plain digit groups: "320", "1,200", "35,000", "4.96", "1,200.5". Linear, no backtracking. */
function isPlainNumber(s: string): boolean {
  if (!s || s.length > MAX_DIGITS) return false;
  let i = 0;
  let digitsInGroup = 0;
  let sawComma = false;
  let sawDot = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digitsInGroup++;
      continue;
    }
    if (c === 44 /* , */ && !sawDot) {
      if (digitsInGroup === 0 || (sawComma ? digitsInGroup !== 3 : digitsInGroup > 3)) return false;
      sawComma = true;
      digitsInGroup = 0;
      continue;
    }
    if (c === 46 /* . */ && !sawDot) {
      if (digitsInGroup === 0 || (sawComma && digitsInGroup !== 3)) return false;
      sawDot = true;
      digitsInGroup = 0;
      continue;
    }
    return false;
  }
  if (digitsInGroup === 0) return false;
  return !(sawComma && !sawDot && digitsInGroup !== 3);
}

/** The numeric value of a plain number ("1,200" → 1200), or null. */
export function parsePlainNumber(s: string): number | null {
  // A leading zero is a code or a label ("007"), not a count; "0.5" is fine.
  if (!isPlainNumber(s) || (s.length > 1 && s[0] === '0' && s[1] !== '.')) return null;
  const n = Number(s.replaceAll(',', ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads one digit token: "1,200" → 1200; "10-15" → 10..15; "4bn" → 4 with abbrev "bn" (the caller scales it).
 * Returns null for anything else ("1st", "COVID-19", "10:30", "1990s").
 */
export function readDigitToken(token: string, words: ReadonlyMap<string, NumberWord>): DigitReading | null {
  const plain = parsePlainNumber(token);
  if (plain != null) return { value: plain };
  if (token.length > MAX_DIGITS * 2 + 1) return null;
  const dash = token.search(/[-\u2013]/);
  if (dash > 0) {
    const a = parsePlainNumber(token.slice(0, dash));
    const b = parsePlainNumber(token.slice(dash + 1));
    // "0-1" is a score, not a range.
    if (a != null && b != null && b > a && a > 0) return { value: a, high: b };
    return null;
  }
  // Digits glued to a short scale: "4bn", "9.8bn", "50k".
  let cut = token.length;
  while (cut > 0 && /[a-z]/i.test(token[cut - 1]!)) cut--;
  if (cut > 0 && cut < token.length) {
    const n = parsePlainNumber(token.slice(0, cut));
    const w = words.get(token.slice(cut).toLowerCase());
    if (n != null && (w?.kind === 'abbrev' || w?.kind === 'money-abbrev')) return { value: n, abbrev: token.slice(cut).toLowerCase() };
  }
  return null;
}

/** A written number: its value and the token just past it. */
export interface WrittenNumber {
  readonly value: number;
  readonly end: number;
  /** The number is the single word "one" (mostly a pronoun, not a count). */
  readonly bareOne: boolean;
}

/**
 * Reads written numbers from token `from`: "three", "thirty-five", "two hundred and fifty", "a dozen",
 * "two dozen", "half a million", "four thousand". Tokens are the Doc's token texts.
 */
export function readWrittenNumber(
  tokens: readonly string[],
  from: number,
  limit: number,
  words: ReadonlyMap<string, NumberWord>,
): WrittenNumber | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastKind = '';
  let end = from;
  let i = from;
  const kindAt = (k: number) => (k < limit ? words.get(tokens[k]!.toLowerCase()) : undefined);
  for (; i < limit && i - from < 12; i++) {
    const w = kindAt(i);
    const tok = tokens[i]!;
    if (!w) {
      // "thirty-five" and "two hundred and fifty": a hyphen or "and" joins only when a number word follows.
      const next = kindAt(i + 1);
      if (seen && (tok === '-' || tok.toLowerCase() === 'and') && next && (next.kind === 'unit' || next.kind === 'teen' || next.kind === 'tens')) {
        if (tok === '-' && (lastKind !== 'tens' || next.kind !== 'unit')) break;
        if (tok.toLowerCase() === 'and' && lastKind !== 'hundred' && lastKind !== 'scale') break;
        continue;
      }
      break;
    }
    if (w.kind === 'article' || w.kind === 'half') {
      // Only at the start, and only before a multiplier: "a dozen", "a million", "half a million".
      if (seen) break;
      let k = i + 1;
      if (w.kind === 'half' && kindAt(k)?.kind === 'article') k++;
      const m = kindAt(k);
      if (!m || (m.kind !== 'hundred' && m.kind !== 'scale' && m.kind !== 'dozen')) return null;
      current = w.value;
      i = k - 1;
      seen = true;
      lastKind = 'article';
      continue;
    }
    if (w.kind === 'abbrev' || w.kind === 'money-abbrev') break;
    // A count starts with a digit word ("three", "twenty"), never with a bare multiplier ("thousand").
    if (!seen && w.kind !== 'unit' && w.kind !== 'teen' && w.kind !== 'tens') return null;
    if (w.kind === 'unit' || w.kind === 'teen' || w.kind === 'tens') {
      // Two plain counts in a row ("two three") are two numbers; "twenty five" is one.
      if (seen && !(lastKind === 'tens' && w.kind === 'unit') && lastKind !== 'hundred' && lastKind !== 'scale') break;
      if (seen && (lastKind === 'hundred' || lastKind === 'scale') && current % 100 !== 0) break;
      current += w.value;
    } else if (w.kind === 'hundred' || w.kind === 'dozen') {
      if (!seen && w.kind === 'dozen') return null;
      current = (current || 1) * w.value;
    } else if (w.kind === 'scale') {
      total += (current || 1) * w.value;
      current = 0;
    }
    seen = true;
    lastKind = w.kind;
    end = i + 1;
  }
  if (!seen || end === from) return null;
  const value = total + current;
  const bareOne = end === from + 1 && tokens[from]!.toLowerCase() === 'one';
  return { value, end, bareOne };
}
