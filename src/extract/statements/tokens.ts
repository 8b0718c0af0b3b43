import { TokenKind, tokenPos, type Doc, type PosTag } from '../../model/doc.js';

/** Small token predicates shared by the statement passes. */

export const tok = (doc: Doc, i: number): string => doc.text.slice(doc.tokenStart[i], doc.tokenEnd[i]);
export const low = (doc: Doc, i: number): string => tok(doc, i).toLowerCase();
export const pos = (doc: Doc, i: number): PosTag => tokenPos(doc, i);
export const isComma = (doc: Doc, i: number): boolean => tok(doc, i) === ',';
export const isQuote = (doc: Doc, i: number): boolean => doc.tokenKind[i] === TokenKind.quote && tok(doc, i) !== "'" && tok(doc, i) !== '\u2019';
export const isEndPunct = (doc: Doc, i: number): boolean => {
  const t = tok(doc, i);
  return t === '.' || t === '!' || t === '?' || t === ';' || t === ':';
};
export const isPunct = (doc: Doc, i: number): boolean => doc.tokenKind[i] === TokenKind.punct || isQuote(doc, i);
/** Starts with an upper-case letter. */
export const isCap = (doc: Doc, i: number): boolean => {
  const c = doc.text.charCodeAt(doc.tokenStart[i]!);
  return c >= 65 && c <= 90 || (c > 127 && doc.text[doc.tokenStart[i]!]!.toLowerCase() !== doc.text[doc.tokenStart[i]!]);
};
export const isNounish = (doc: Doc, i: number): boolean => {
  const p = pos(doc, i);
  return p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM' || (isCap(doc, i) && doc.tokenKind[i] === TokenKind.word);
};

const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
export const isRelative = (doc: Doc, i: number): boolean => RELATIVE.has(low(doc, i));

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
export const isPronoun = (doc: Doc, i: number): boolean => PRONOUNS.has(low(doc, i));

/** A past participle that modifies a noun ("seen by", "led by", "based in"), not a finite verb. */
export function isNounModifyingVerb(doc: Doc, i: number, end: number): boolean {
  const t = low(doc, i);
  if (!(t.endsWith('ed') || t.endsWith('en') || t.endsWith('wn') || t === 'familiar')) return false;
  // "a leaked audit", "the revised figures": a participle between determiner and noun.
  if (i > 0 && i + 1 < end && ['DET', 'ADJ'].includes(pos(doc, i - 1)) && ['NOUN', 'PROPN', 'ADJ'].includes(pos(doc, i + 1))) return true;
  const next = i + 1 < end ? low(doc, i + 1) : '';
  return next === 'by' || next === 'in' || next === 'with' || next === 'to' || next === 'at' || tok(doc, i - 1) === '-';
}

/** Trims punctuation and spaces from both ends of a token range; returns [first, end). */
export function trimRange(doc: Doc, first: number, end: number): [number, number] {
  while (first < end && (isPunct(doc, first) || tok(doc, first) === '-' || tok(doc, first) === '\u2014')) first++;
  while (end > first && (isPunct(doc, end - 1) || tok(doc, end - 1) === '\u2014')) end--;
  return [first, end];
}

/** The first token starting at or after char offset `at` (binary search). */
export function tokenAtOrAfter(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.tokenCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokenStart[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
