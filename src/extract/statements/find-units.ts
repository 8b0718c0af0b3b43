import type { Doc, Sentence } from '../../model/doc.js';
import { quoteAt, type Quote } from './find-quotes.js';

const DATELINE_SPAN = 16;
const DASHES = new Set(['-', '\u2013', '\u2014']);

/** "BAMAKO, May 16 (Meridian Wire) - …": the dateline is the wire's, not part of any statement. */
function skipDateline(doc: Doc, s: Sentence): Sentence {
  const first = doc.text.slice(doc.tokenStart[s.firstToken], doc.tokenEnd[s.firstToken]);
  if (first.length < 3 || first !== first.toUpperCase() || !/[A-Z]/.test(first)) return s;
  for (let i = s.firstToken + 1; i < s.endToken - 1 && i < s.firstToken + DATELINE_SPAN; i++) {
    const t = doc.text.slice(doc.tokenStart[i], doc.tokenEnd[i]);
    if (DASHES.has(t) && doc.text[doc.tokenStart[i]! - 1] === ' ') return { firstToken: i + 1, endToken: s.endToken, start: doc.tokenStart[i + 1]!, end: s.end };
  }
  return s;
}

/**
 * Pass 2: sentence units. wink-nlp splits inside quotations ("We left. They stayed," he said.); a unit
 * glues such sentences back so a cue sees the whole quotation it closes.
 */
export function findUnits(doc: Doc, quotes: readonly Quote[]): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of doc.sentences) {
    const s = skipDateline(doc, raw);
    const prev = out[out.length - 1];
    const q = prev ? quoteAt(quotes, prev.end - 1) : null;
    const inside = q && q.outerEnd > prev!.end && q.outerStart < prev!.end && s.start < q.outerEnd;
    if (prev && inside && !doc.flowText.slice(prev.end, s.start).includes('\n') && s.endToken - prev.firstToken <= MAX_UNIT) {
      out[out.length - 1] = { firstToken: prev.firstToken, endToken: s.endToken, start: prev.start, end: s.end };
    } else for (const piece of splitLong(doc, s)) out.push(piece);
  }
  return out;
}

// No real sentence is this long; cutting longer runs keeps every per-unit pass bounded (linear overall).
const MAX_UNIT = 250;

function splitLong(doc: Doc, s: Sentence): Sentence[] {
  if (s.endToken - s.firstToken <= MAX_UNIT) return [s];
  const out: Sentence[] = [];
  for (let a = s.firstToken; a < s.endToken; ) {
    const b = Math.min(s.endToken, a + MAX_UNIT);
    out.push({ firstToken: a, endToken: b, start: doc.tokenStart[a]!, end: doc.tokenEnd[b - 1]! });
    a = b;
  }
  return out;
}
