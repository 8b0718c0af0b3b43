import type { Quantity } from '../../model/quantity.js';
import type { Extractor } from '../extractor.js';
import { loadQuantityLexicons } from './load-lexicons.js';
import { readQuantities } from './read-quantities.js';

/**
 * Quantities: exact figures ("320 fighters", "$4.96 million", "2.3 per cent"), bounds ("more than 900",
 * "up to 1,200"), ranges ("between $150 and $300"), approximations ("some 320") and vague amounts
 * ("hundreds", "tens of thousands"), each with the counted item. Dates, years, times of day, labels,
 * ages and the number of sources behind a statement are left out.
 */
export const quantitiesExtractor: Extractor<'quantities'> = {
  layer: 'quantities',
  version: 2,
  requires: [],
  create: () => {
    const lex = loadQuantityLexicons();
    return (doc) => {
      const words: string[] = new Array(doc.tokenCount);
      for (let i = 0; i < doc.tokenCount; i++) words[i] = doc.text.slice(doc.tokenStart[i], doc.tokenEnd[i]);
      const ctx = { doc, words, lex };
      const out: Quantity[] = [];
      for (const sentence of doc.sentences) readQuantities(ctx, sentence, out);
      return out;
    };
  },
};
