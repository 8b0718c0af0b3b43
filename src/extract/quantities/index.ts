import type { Extractor } from '../extractor.js';

/** Quantities. (Being built: see issue 3.) */
export const quantitiesExtractor: Extractor<'quantities'> = {
  layer: 'quantities',
  version: 1,
  requires: [],
  create: () => () => [],
};
