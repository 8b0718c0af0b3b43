import type { Command } from 'commander';
import { staleArticles } from '../../store/stale-articles.js';
import { DB_OPTION, runStoreJob, type StoreJobOptions } from './store-job.js';

type ReanalyzeOptions = StoreJobOptions;

/** `attest reanalyze [--db URL]`: re-run the pipeline on stored articles whose extractor versions are older. */
export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description('re-analyse stored articles whose extractor versions are older than the current ones')
    .option(...DB_OPTION)
    .option('--workers <n>', 'analysis threads (default: one per core, and at most that; 0 = in the main thread)')
    .option('--verbose', 'print "<outcome> <id>" on stdout for each article once it is committed')
    .option('--no-resolve', 'store only; leave actors and stories to `attest resolve`')
    .action(async (opts: ReanalyzeOptions) => {
      await runStoreJob('reanalyze', opts, {
        mode: 'write',
        items: (store, pool) => staleArticles(store.db, pool.versions),
        precheck: false,
        summary: (c) => `reanalyzed ${c.reanalyzed}, unchanged ${c.unchanged}, rejected ${c.rejected}`,
      });
    });
}
