import type { Article } from '../model/article.js';
import type { Analysis, LayerName, Layers } from '../model/analysis.js';
import { AttestError } from '../errors.js';
import { buildDoc } from '../nlp/build-doc.js';
import type { ExtractFn, Extractor } from './extractor.js';
import { entitiesExtractor } from './entities/index.js';
import { timesExtractor } from './times/index.js';
import { quantitiesExtractor } from './quantities/index.js';
import { statementsExtractor } from './statements/index.js';
import { relationsExtractor } from './relations/index.js';

type AnyExtractor = { [K in LayerName]: Extractor<K> }[LayerName];

/** The default extractors, in the order they run. */
export const DEFAULT_EXTRACTORS: readonly AnyExtractor[] = [
  entitiesExtractor,
  timesExtractor,
  quantitiesExtractor,
  statementsExtractor,
  relationsExtractor,
];

/** A compiled pipeline: call `analyze(article)` per article. */
export interface Pipeline {
  readonly versions: Readonly<Record<LayerName, number>>;
  analyze(article: Article): Analysis;
}

/**
 * Orders and compiles extractors once. Refuses at construction an extractor whose `requires`
 * nothing earlier provides. An extractor that throws is reported with its layer, the article id and file.
 */
export function createPipeline(extractors: readonly AnyExtractor[] = DEFAULT_EXTRACTORS): Pipeline {
  const provided = new Set<LayerName>();
  const compiled: Array<{ layer: LayerName; fn: ExtractFn<LayerName> }> = [];
  for (const ex of extractors) {
    for (const need of ex.requires)
      if (!provided.has(need)) throw new Error(`pipeline: "${ex.layer}" requires "${need}", which no earlier extractor provides`);
    compiled.push({ layer: ex.layer, fn: ex.create() as ExtractFn<LayerName> });
    provided.add(ex.layer);
  }
  const versions = Object.freeze(Object.fromEntries(extractors.map((e) => [e.layer, e.version]))) as Record<LayerName, number>;
  return Object.freeze({
    versions,
    analyze(article: Article): Analysis {
      const doc = buildDoc(article);
      const done: Partial<Record<LayerName, unknown>> = {};
      for (const { layer, fn } of compiled) {
        try {
          done[layer] = fn(doc, done as Partial<Layers>);
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          // Keep the extractor's own error as the cause, so its stack is one step away when debugging.
          throw new AttestError('E_EXTRACT', `extractor "${layer}" failed on article ${article.id}: ${why}`, {
            file: article.origin.file,
            line: article.origin.line,
            cause: err,
          });
        }
      }
      return { doc, layers: done as unknown as Layers, versions };
    },
  });
}
