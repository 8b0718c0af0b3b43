import type { Command } from 'commander';
import { readInputs } from '../../ingest/read-inputs.js';
import { createAnalyzePool, defaultWorkerCount } from '../../store/ingest/analyze-pool.js';
import { createProgress } from '../../store/ingest/progress.js';
import { itemsFromReads, runIngest } from '../../store/ingest/run-ingest.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';

interface IngestOptions {
  db?: string;
  workers?: string;
  published?: string;
  outlet?: string;
  verbose?: boolean;
}

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

/** `attest ingest [--db URL] [--workers N] PATH...`: analyse articles and store their records. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles (.txt, .html, .json, .jsonl, directories, - for stdin) and store them')
    .argument('<paths...>', 'files, directories or - (stdin)')
    .option('--db <url>', 'SQLite file or postgres:// URL (default: $ATTEST_DB, else attest.db)')
    .option('--workers <n>', 'analysis threads (default: one per core; 0 = in the main thread)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .option('--outlet <name>', 'outlet for articles that name none')
    .option('--verbose', 'print "<outcome> <id>" on stdout for each article once it is committed')
    .action(async (paths: string[], opts: IngestOptions) => {
      exitOnClosedStdout();
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
      const progress = createProgress('ingest');
      try {
        const counts = await runIngest(itemsFromReads(readInputs(paths, { published: opts.published, outlet: opts.outlet })), {
          store,
          pool,
          onEvent(event, c) {
            if (event.kind === 'rejected') progress.note(`attest: ${event.message}`);
            else if (opts.verbose) process.stdout.write(`${event.outcome} ${event.id}\n`);
            progress.update(c);
          },
        });
        progress.done();
        process.stderr.write(`ingested ${counts.ingested}, unchanged ${counts.unchanged}, replaced ${counts.replaced}, rejected ${counts.rejected}\n`);
        if (counts.rejected) process.exitCode = 1;
      } catch (err) {
        progress.done();
        reportFailure(err);
      } finally {
        await pool.close();
        await store.close();
      }
    });
}
