import type { ParsingReference } from 'chrono-node';
import type { Doc } from '../../model/doc.js';
import { locate } from '../../model/span.js';
import type { TimeExpr } from '../../model/time-expr.js';
import type { Extractor } from '../extractor.js';
import { buildChrono } from './build-chrono.js';
import { parseYmd } from './calendar.js';
import type { Candidate } from './candidate.js';
import { chunksOf } from './chunk-text.js';
import { isCountedYear } from './drop-counted-years.js';
import { monthIsName } from './month-is-name.js';
import { fromChrono, type ChunkContext } from './from-chrono.js';
import { futureCue, type FutureCue } from './future-cue.js';
import { loadTimeLexicon } from './time-lexicon.js';
import { partOfPattern, tidySpan } from './tidy-span.js';

/**
 * Times: chrono-node finds the expressions (with our parsers for years, "last week", "August last year"
 * and "yesterday"), and each is resolved against the publication date at the grain its words fixed.
 * Example: "said in May" (published 2020-06-08) → {text: 'in May', value: '2020-05', grain: 'month'}.
 */
export const timesExtractor: Extractor<'times'> = {
  layer: 'times',
  version: 2,
  requires: [],
  create() {
    const lex = loadTimeLexicon();
    const chrono = buildChrono(lex);
    const partOf = partOfPattern(lex);
    return (doc: Doc): TimeExpr[] => {
      const ref = parseYmd(doc.article.published);
      if (!ref) return [];
      const reference: ParsingReference = { instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)), timezone: 0 };
      const isName = (start: number, end: number): boolean => monthIsName(doc, start, end, lex);
      const cue = (start: number): FutureCue => futureCue(doc, start, lex);
      const found: Candidate[] = [];
      for (const [start, end] of chunksOf(doc.flowText)) {
        // chrono reads the flowed text (a date wrapped over two lines is one date); spans are located in the real text below.
        const cx: ChunkContext = { text: doc.flowText.slice(start, end), offset: start, ref, lex, monthIsName: isName, futureCue: cue };
        for (const result of chrono.parse(cx.text, reference)) {
          const c = fromChrono(result, cx);
          if (c && !isCountedYear(doc, c)) found.push(tidySpan(doc.flowText, c, lex, partOf));
        }
      }
      return found.map((c) => ({ ...locate(doc.text, c.start, c.end, `times/${c.rule}`), value: c.value, grain: c.grain, anchoredOn: c.anchoredOn }));
    };
  },
};
