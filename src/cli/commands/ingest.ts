import type { Command } from 'commander';
import { readInputs } from '../../ingest/read-inputs.js';
import { itemsFromReads } from '../../store/ingest/run-ingest.js';
import { exitOnClosedStdout, runStoreJob, type StoreJobOptions } from './store-job.js';

interface IngestOptions extends StoreJobOptions {
  published?: string;
  outlet?: string;
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
      await runStoreJob('ingest', opts, {
        items: () => itemsFromReads(readInputs(paths, { published: opts.published, outlet: opts.outlet })),
        summary: (c) => `ingested ${c.ingested}, unchanged ${c.unchanged}, replaced ${c.replaced}, rejected ${c.rejected}`,
      });
    });
}
