import type { Doc, Sentence } from '../../model/doc.js';
import type { CharSpan } from './draft.js';
import type { CueMatch } from './find-cues.js';
import { quoteAt, type Quote } from './find-quotes.js';
import { clauseStart, commaSegments, type Range } from './find-subject.js';
import { isCap, isComma, isNounModifyingVerb, isQuote, isRelative, low, pos, tok, trimRange } from './tokens.js';

const LOOKAHEAD_THAT = 10;

/** Char span of a trimmed token range, or null when nothing is left. */
export function charSpan(doc: Doc, first: number, end: number): CharSpan | null {
  const [a, b] = trimRange(doc, first, end);
  return a < b ? [doc.tokenStart[a]!, doc.tokenEnd[b - 1]!] : null;
}

/** A quotation's inside without its trailing comma. */
export function quoteInner(doc: Doc, q: Quote): CharSpan | null {
  let end = q.innerEnd;
  while (end > q.innerStart && /[\s,]/.test(doc.text[end - 1]!)) end--;
  let start = q.innerStart;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  return start < end ? [start, end] : null;
}

/** Where a statement's content stops in a unit: before ", saying …", ", according to …", ", citing …". */
export function contentCut(doc: Doc, u: Sentence, from: number, cues: readonly CueMatch[]): number {
  let end = u.endToken;
  // Cues come in text order: each boundary search starts where the previous one stopped (linear per call).
  let scanned = from;
  for (const c of cues) {
    if (c.first <= from || c.first >= end) continue;
    if (c.participle || c.entry.cls === 'according' || c.entry.cls === 'citing') end = isComma(doc, c.first - 1) ? c.first - 1 : c.first;
    else if (low(doc, c.first - 1) === 'and' || low(doc, c.first - 1) === 'but') end = isComma(doc, c.first - 2) ? c.first - 2 : c.first - 1;
    else if (postposedComma(doc, u, c) > from) end = postposedComma(doc, u, c);
    else {
      // ", and a senior official told reporters …": another statement starts.
      const cs = clauseStart(doc, scanned, c.first);
      // "…; the company denied it": the clause mark itself is the boundary; ", and" ends before the comma.
      const mark = tok(doc, cs - 1) === ';' || tok(doc, cs - 1) === ':' || tok(doc, cs - 1) === '\u2014';
      if (cs > from + 1 && cs > scanned) end = Math.min(end, mark ? cs - 1 : isQuote(doc, cs - 2) ? cs - 3 : cs - 2);
      scanned = c.first;
    }
  }
  for (let i = from; i < end; i++) if (tok(doc, i) === ';') return i;
  return end;
}

/** "…, Archipelago News Agency reported on Monday.": the comma before a postposed source, or -1. */
function postposedComma(doc: Doc, u: Sentence, c: CueMatch): number {
  let j = c.first - 1;
  while (j >= u.firstToken && c.first - j <= 8 && !isComma(doc, j)) {
    if ((pos(doc, j) === 'VERB' && !isCap(doc, j)) || pos(doc, j) === 'SCONJ' || low(doc, j) === 'that') return -1;
    j--;
  }
  if (j < u.firstToken || !isComma(doc, j) || j === c.first - 1) return -1;
  for (let k = c.end; k < u.endToken && k - c.end < 14; k++) {
    if (isComma(doc, k)) break;
    if (pos(doc, k) === 'VERB' || pos(doc, k) === 'AUX' || low(doc, k) === 'that' || isQuote(doc, k)) return -1;
  }
  return j;
}

const ADJUNCT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** "said on Tuesday it would …": a short phrase before a pronoun subject and its verb belongs to the cue. */
function afterLeadingAdjunct(doc: Doc, k: number, end: number): number {
  if (k >= end || pos(doc, k) !== 'ADP' || low(doc, k) === 'that') return k;
  let j = k + 1;
  while (j < end && j - k <= 4 && ADJUNCT_WORDS.has(pos(doc, j))) j++;
  const verb = j + 1 < end && (pos(doc, j + 1) === 'AUX' || pos(doc, j + 1) === 'VERB');
  return j > k + 1 && SUBJECT_PRONOUNS.has(low(doc, j)) && verb ? j : k;
}

/**
 * The content after a cue: a quotation that opens there, else the clause (after "that" and short
 * adjuncts like "in a statement on Monday"), up to the end of the unit or the next attribution.
 */
export function contentAfter(doc: Doc, u: Sentence, from: number, quotes: readonly Quote[], cues: readonly CueMatch[]): CharSpan | null {
  let k = from;
  while (k < u.endToken && (tok(doc, k) === ':' || isComma(doc, k))) k++;
  if (k < u.endToken && isQuote(doc, k)) {
    const q = quoteAt(quotes, doc.tokenStart[k]!);
    if (q && q.outerStart === doc.tokenStart[k] && doc.tokenEnd[u.endToken - 1]! - q.outerEnd <= 2) return quoteInner(doc, q);
  }
  for (let j = k; j < u.endToken && j < k + LOOKAHEAD_THAT; j++) {
    if (low(doc, j) === 'that' && (pos(doc, j) === 'SCONJ' || pos(doc, j) === 'DET' || pos(doc, j) === 'PRON')) {
      if (j > k && pos(doc, j + 1) !== 'VERB') k = j + 1;
      break;
    }
    const p = pos(doc, j);
    if (((p === 'VERB' && !isNounModifyingVerb(doc, j, u.endToken)) || p === 'AUX') || isComma(doc, j) || isQuote(doc, j) || p === 'PRON') break;
  }
  if (k === from && low(doc, k) === 'that') k++;
  k = afterLeadingAdjunct(doc, k, u.endToken);
  return charSpan(doc, k, contentCut(doc, u, k, cues));
}

/**
 * The content before an attribution that starts at token `at` (a comma or closing quotation mark):
 * the quotation that closes there, else the clause from the start of the unit. When another cue sits
 * earlier in the unit, only the last comma segment is taken ("…, where 600 died, according to the UN").
 */
export function contentBefore(doc: Doc, u: Sentence, at: number, quotes: readonly Quote[], cues: readonly CueMatch[], self: CueMatch): CharSpan | null {
  for (const k of [at, at - 1]) {
    if (k < u.firstToken || !isQuote(doc, k)) continue;
    const q = quoteAt(quotes, doc.tokenStart[k]!);
    if (q && q.outerEnd === doc.tokenEnd[k]) return quoteInner(doc, q);
  }
  let start = u.firstToken;
  for (let i = at - 1; i >= u.firstToken && at - i < 200; i--) if (tok(doc, i) === ';' || tok(doc, i) === ':') {
    start = i + 1;
    break;
  }
  const earlier = cues.find((c) => c !== self && c.unit === self.unit && c.first >= start && c.end <= at);
  if (earlier) {
    const segs = commaSegments(doc, earlier.end, at);
    const seg: Range | undefined = segs[segs.length - 1];
    // "…, where 600 died, according to the UN" and "…, according to X, and 320 more, a third source said"
    // narrow the content to the last clause; a nested claim ("Y has called for Z, its leader said") does not.
    if (seg && (isRelative(doc, seg[0]) || pos(doc, seg[0]) === 'SCONJ')) start = seg[0] + 1;
    else if (seg && (earlier.entry.cls === 'according' || earlier.entry.cls === 'citing')) start = pos(doc, seg[0]) === 'CCONJ' ? seg[0] + 1 : seg[0];
  }
  while (start < at && (pos(doc, start) === 'CCONJ' || isQuote(doc, start))) start++;
  return charSpan(doc, start, at);
}
