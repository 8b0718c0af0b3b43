// Runs the per-article pipeline one stage at a time (buildDoc, each default extractor in order, toRecord)
// and times each stage, so the bench can show where the time goes and which stage a bad input hurts.
// It mirrors createPipeline().analyze: same extractors, same order, same `done` object.
import type { Analysis, LayerName, Layers } from '../src/model/analysis.js';
import type { Article } from '../src/model/article.js';
import { DEFAULT_EXTRACTORS } from '../src/extract/pipeline.js';
import type { ExtractFn } from '../src/extract/extractor.js';
import { buildDoc } from '../src/nlp/build-doc.js';
import { toRecord, type ArticleRecord } from '../src/model/record.js';

export interface StagedRunner {
  /** 'buildDoc', then each layer in pipeline order, then 'toRecord'. */
  readonly stages: readonly string[];
  /**
   * Analyses one article; adds each stage's milliseconds into `ms` (same order as `stages`).
   * `onStage` is called before each stage starts (the pathological child reports it, so a timeout names the stage).
   */
  run(article: Article, ms: Float64Array, onStage?: (stage: string) => void): ArticleRecord;
}

export class StageError extends Error {
  constructor(readonly stage: string, cause: unknown) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Milliseconds of this process's CPU time (user + system): what a stage costs, whatever else the machine runs. */
export function cpuClock(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** `clock` times the stages: wall time by default, or cpuClock where other load would blur the figures. */
export function createStagedRunner(clock: () => number = () => performance.now()): StagedRunner {
  const compiled = DEFAULT_EXTRACTORS.map((ex) => ({ layer: ex.layer, fn: ex.create() as ExtractFn<LayerName> }));
  const versions = Object.fromEntries(DEFAULT_EXTRACTORS.map((e) => [e.layer, e.version])) as Record<LayerName, number>;
  const stages = ['buildDoc', ...compiled.map((c) => c.layer), 'toRecord'];
  return {
    stages,
    run(article, ms, onStage) {
      let stage = 'buildDoc';
      try {
        onStage?.(stage);
        let t = clock();
        const doc = buildDoc(article);
        let now = clock();
        ms[0]! += now - t;
        const done: Partial<Record<LayerName, unknown>> = {};
        for (let i = 0; i < compiled.length; i++) {
          const { layer, fn } = compiled[i]!;
          stage = layer;
          onStage?.(stage);
          t = clock();
          done[layer] = fn(doc, done as Partial<Layers>);
          now = clock();
          ms[i + 1]! += now - t;
        }
        stage = 'toRecord';
        onStage?.(stage);
        t = clock();
        const record = toRecord({ doc, layers: done as unknown as Layers, versions } satisfies Analysis);
        ms[compiled.length + 1]! += clock() - t;
        return record;
      } catch (err) {
        throw new StageError(stage, err);
      }
    },
  };
}
