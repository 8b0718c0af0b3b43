import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPipeline, DEFAULT_EXTRACTORS, type Pipeline } from '../../extract/pipeline.js';

/**
 * TEST HOOK, not a user option: when ATTEST_TEST_EXTRACTORS names a JS module, ingest and reanalyze run the
 * extractors it exports as `extractors` instead of the default ones (in the main thread and in every worker,
 * which inherit the environment). The store tests use it to inject extractors that fill every layer or throw.
 */
export const TEST_EXTRACTORS_ENV = 'ATTEST_TEST_EXTRACTORS';

type Extractors = Parameters<typeof createPipeline>[0];

/** The pipeline ingest runs: the default extractors, or the test hook's. */
export async function loadIngestPipeline(): Promise<Pipeline> {
  return createPipeline(await loadExtractors());
}

async function loadExtractors(): Promise<Extractors> {
  const modulePath = process.env[TEST_EXTRACTORS_ENV];
  if (!modulePath) return DEFAULT_EXTRACTORS;
  const mod = (await import(pathToFileURL(path.resolve(modulePath)).href)) as { extractors?: Extractors };
  if (!mod.extractors) throw new Error(`${TEST_EXTRACTORS_ENV}=${modulePath} exports no "extractors"`);
  return mod.extractors;
}
