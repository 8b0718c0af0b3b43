import type { Doc, Sentence } from '../../model/doc.js';
import { quoteAt, type Quote } from './find-quotes.js';

/**
 * Pass 2: sentence units. wink-nlp splits inside quotations ("We left. They stayed," he said.); a unit
 * glues such sentences back so a cue sees the whole quotation it closes.
 */
export function findUnits(doc: Doc, quotes: readonly Quote[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    const q = prev ? quoteAt(quotes, prev.end - 1) : null;
    const inside = q && q.outerEnd > prev!.end && q.outerStart < prev!.end && s.start < q.outerEnd;
    if (prev && inside && !doc.text.slice(prev.end, s.start).includes('\n')) {
      out[out.length - 1] = { firstToken: prev.firstToken, endToken: s.endToken, start: prev.start, end: s.end };
    } else out.push(s);
  }
  return out;
}
