import type { Extractor } from '../extractor.js';

/** relations. (Being built: see issue 4.) */
export const relationsExtractor: Extractor<'relations'> = {
  layer: 'relations',
  version: 1,
  requires: ['entities'],
  create: () => () => [],
};
