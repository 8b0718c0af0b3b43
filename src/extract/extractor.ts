import type { Doc } from '../model/doc.js';
import type { LayerName, Layers } from '../model/analysis.js';

/** The per-article function an extractor returns: pure, no I/O, never mutates the Doc. */
export type ExtractFn<K extends LayerName> = (doc: Doc, done: Partial<Layers>) => Layers[K];

/**
 * One layer of the per-article analysis (ESLint's {meta, create} + spaCy's requires/assigns).
 * `create` runs once (load and compile lexicons) and returns the per-article function.
 * Example: {layer: 'times', version: 1, requires: [], create: () => (doc) => [...]}.
 */
export interface Extractor<K extends LayerName> {
  readonly layer: K;
  /** Bump when the output changes, so the store knows what to re-run. */
  readonly version: number;
  readonly requires: readonly LayerName[];
  create(): ExtractFn<K>;
}
