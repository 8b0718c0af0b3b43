import type { Command } from 'commander';
import { normalizePublished } from '../../ingest/dates.js';
import { listArticles, type ArticleFilter } from '../../store/list-articles.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure } from './store-job.js';

interface ArticlesOptions {
  db?: string;
  json?: boolean;
  outlet?: string;
  since?: string;
  until?: string;
}

// Stored text is untrusted: control and bidi characters are shown escaped (show-text.ts).
const safe = showInline;

/** `attest articles [--json] [--outlet O] [--since D] [--until D]`: stored articles with counts per layer. */
export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles: id, outlet, published and rows per layer')
    .option(...DB_OPTION)
    .option('--json', 'print {"articles": [...]}')
    .option('--outlet <name>', 'only this outlet')
    .option('--since <date>', 'published on or after YYYY-MM-DD')
    .option('--until <date>', 'published on or before YYYY-MM-DD')
    .action(async (opts: ArticlesOptions) => {
      exitOnClosedStdout();
      const filter: { -readonly [K in keyof ArticleFilter]: ArticleFilter[K] } = {};
      if (opts.outlet) filter.outlet = opts.outlet;
      for (const key of ['since', 'until'] as const) {
        const value = opts[key];
        if (value == null) continue;
        const date = normalizePublished(value);
        if (!date) {
          process.stderr.write(`attest: invalid --${key} date ${JSON.stringify(value)} (expected YYYY-MM-DD)\n`);
          process.exitCode = 2;
          return;
        }
        filter[key] = date;
      }
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        const articles = await listArticles(store.db, filter);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ articles }) + '\n');
          return;
        }
        const head = ['id', 'outlet', 'published', 'entities', 'mentions', 'statements', 'quantities', 'times', 'relations'];
        const rows = articles.map((a) => [
          safe(a.id), safe(a.outlet ?? '—'), a.published,
          ...[a.counts.entities, a.counts.mentions, a.counts.statements, a.counts.quantities, a.counts.times, a.counts.relations].map(String),
        ]);
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
        const line = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
        process.stdout.write([line(head), ...rows.map(line)].join('\n') + '\n');
        process.stderr.write(`${articles.length} article${articles.length === 1 ? '' : 's'}\n`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
