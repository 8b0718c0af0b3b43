import { createPipeline, type Pipeline } from '../../src/extract/pipeline.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { IngestDefaults } from '../../src/ingest/types.js';
import { toRecord, type ArticleRecord } from '../../src/model/record.js';

let shared: Pipeline | null = null;

/** One pipeline for the whole test process: lexicons compile once, as in the CLI. */
export function sharedPipeline(): Pipeline {
  shared ??= createPipeline();
  return shared;
}

/** Reads a file through the real ingest and runs the real pipeline on its single article. */
export function analyzeFile(file: string, defaults: IngestDefaults = {}): ArticleRecord {
  const results = [...readInputs([file], defaults)];
  if (results.length !== 1) throw new Error(`${file}: expected one article, read ${results.length}`);
  const r = results[0]!;
  if (!r.ok) throw r.error;
  return toRecord(sharedPipeline().analyze(r.article));
}
