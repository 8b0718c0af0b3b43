import type { Extractor } from '../extractor.js';

/** Times. (Being built: see issue 3.) */
export const timesExtractor: Extractor<'times'> = {
  layer: 'times',
  version: 1,
  requires: [],
  create: () => () => [],
};
