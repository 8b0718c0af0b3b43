import type { Command } from 'commander';
import { loadRecord } from '../../store/load-record.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showText } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure } from './store-job.js';
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
    .option(...DB_OPTION)
    .option('--json', 'print the JSON record')
    .option('--explain', 'show for every statement the rule and the spans of source, cue and content')
    .action(async (id: string, opts: ArticleOptions) => {
      exitOnClosedStdout();
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        // The store key, or the id as the input gave it when only one outlet used it.
        let key = id;
        if (!(await store.db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst())) {
          const keys = (await store.db.selectFrom('articles').select(['id', 'outlet']).where('input_id', '=', id).execute());
          if (keys.length > 1) {
            process.stderr.write(`attest: ${keys.length} articles have the id ${showText(JSON.stringify(id))}: ${keys.map((k) => showText(k.id)).join(', ')} (name one of these)\n`);
            process.exitCode = 1;
            return;
          }
          if (keys[0]) key = keys[0].id;
        }
        const record = await loadRecord(store.db, key);
        if (!record) {
          process.stderr.write(`attest: no article ${showText(JSON.stringify(id))} in ${store.where}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(opts.json ? JSON.stringify(record) + '\n' : showText(formatSummary(record, { explain: !!opts.explain })) + '\n');
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
