import type { Extractor } from '../extractor.js';

/** Entities and their mentions. (Being built: see issue 3.) */
export const entitiesExtractor: Extractor<'entities'> = {
  layer: 'entities',
  version: 1,
  requires: [],
  create: () => () => ({ entities: [], mentions: [] }),
};
