import type { Command } from 'commander';
import { loadRecord } from '../../store/load-record.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { exitOnClosedStdout, reportFailure } from './store-job.js';
import { formatSummary } from '../format-summary.js';

interface ArticleOptions {
  db?: string;
  json?: boolean;
  explain?: boolean;
}

/** `attest article ID [--json]`: one stored record, printed as `attest analyze` prints it. */
export function registerArticle(program: Command): void {
  program
    .command('article')
    .description('print one stored article record (the same output as attest analyze)')
    .argument('<id>', 'article id')
    .option('--db <url>', 'SQLite file or postgres:// URL (default: $ATTEST_DB, else attest.db)')
    .option('--json', 'print the JSON record')
    .option('--explain', 'show for every statement the rule and the spans of source, cue and content')
    .action(async (id: string, opts: ArticleOptions) => {
      exitOnClosedStdout();
      const store = await openStore(resolveDbUrl(opts.db), { mustExist: true }).catch(reportFailure);
      if (!store) return;
      try {
        const record = await loadRecord(store.db, id);
        if (!record) {
          process.stderr.write(`attest: no article ${JSON.stringify(id)} in ${store.where}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(opts.json ? JSON.stringify(record) + '\n' : formatSummary(record, { explain: !!opts.explain }) + '\n');
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
