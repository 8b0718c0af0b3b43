import type { Command } from 'commander';
import { createAnalyzePool } from '../../store/ingest/analyze-pool.js';
import { createProgress } from '../../store/ingest/progress.js';
import { runIngest } from '../../store/ingest/run-ingest.js';
import { staleArticles } from '../../store/stale-articles.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { parseWorkers, reportFailure } from './ingest.js';

interface ReanalyzeOptions {
  db?: string;
  workers?: string;
  verbose?: boolean;
}

/** `attest reanalyze [--db URL]`: re-run the pipeline on stored articles whose extractor versions are older. */
export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description('re-analyse stored articles whose extractor versions are older than the current ones')
    .option('--db <url>', 'SQLite file or postgres:// URL (default: $ATTEST_DB, else attest.db)')
    .option('--workers <n>', 'analysis threads (default: one per core; 0 = in the main thread)')
    .option('--verbose', 'print "<outcome> <id>" on stdout for each article once it is committed')
    .action(async (opts: ReanalyzeOptions) => {
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
      const progress = createProgress('reanalyze');
      try {
        const stale = await staleArticles(store.db, pool.versions);
        const counts = await runIngest(stale, {
          store,
          pool,
          precheck: false,
          onEvent(event, c) {
            if (event.kind === 'rejected') progress.note(`attest: ${event.message}`);
            else if (opts.verbose) process.stdout.write(`${event.outcome} ${event.id}\n`);
            progress.update(c);
          },
        });
        progress.done();
        process.stderr.write(`reanalyzed ${counts.replaced}, unchanged ${counts.unchanged}, rejected ${counts.rejected}\n`);
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
