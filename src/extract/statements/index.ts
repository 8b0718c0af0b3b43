import type { Extractor } from '../extractor.js';

/** statements. (Being built: see issue 4.) */
export const statementsExtractor: Extractor<'statements'> = {
  layer: 'statements',
  version: 1,
  requires: ['entities'],
  create: () => () => [],
};
