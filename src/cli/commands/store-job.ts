import type { AnalyzePool } from '../../store/ingest/analyze-pool.js';
import { createAnalyzePool, defaultWorkerCount } from '../../store/ingest/analyze-pool.js';
import { createProgress } from '../../store/ingest/progress.js';
import { runIngest, type IngestCounts } from '../../store/ingest/run-ingest.js';
import { openStore, resolveDbUrl, type Store } from '../../store/open-store.js';

/** Parses --workers: a whole number, 0 = analyse in the main thread. */
export function parseWorkers(value: string | undefined): number {
  if (value == null) return defaultWorkerCount();
  if (!/^\d+$/.test(value)) throw new Error(`--workers expects a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Prints a failure that is not one article's (the store cannot be opened, the database went away) and sets exit 1. */
export function reportFailure(err: unknown): void {
  process.stderr.write(`attest: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}

/** `attest articles | head` closes stdout early: stop quietly instead of crashing with EPIPE. */
export function exitOnClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** Options that `ingest` and `reanalyze` share. */
export interface StoreJobOptions {
  db?: string;
  workers?: string;
  verbose?: boolean;
}

type Items = Parameters<typeof runIngest>[0];

/**
 * The frame of `attest ingest` and `attest reanalyze`: open the store and the analysis pool, run the items
 * through them with progress and per-article messages, print the summary, and always close both.
 */
export async function runStoreJob(
  label: string,
  opts: StoreJobOptions,
  job: {
    items: (store: Store, pool: AnalyzePool) => Items | Promise<Items>;
    precheck?: boolean;
    summary: (counts: IngestCounts) => string;
  },
): Promise<void> {
  let workers: number;
  try {
    workers = parseWorkers(opts.workers);
  } catch (err) {
    process.stderr.write(`attest: ${(err as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const store = await openStore(resolveDbUrl(opts.db)).catch(reportFailure);
  if (!store) return;
  const pool = await createAnalyzePool(workers);
  const progress = createProgress(label);
  try {
    const counts = await runIngest(await job.items(store, pool), {
      store,
      pool,
      precheck: job.precheck ?? true,
      onEvent(event, c) {
        if (event.kind === 'rejected') progress.note(`attest: ${event.message}`);
        else if (opts.verbose) process.stdout.write(`${event.outcome} ${event.id}\n`);
        progress.update(c);
      },
    });
    progress.done();
    process.stderr.write(job.summary(counts) + '\n');
    if (counts.rejected) process.exitCode = 1;
  } catch (err) {
    progress.done();
    reportFailure(err);
  } finally {
    await pool.close();
    await store.close();
  }
}
