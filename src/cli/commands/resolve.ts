import type { Command } from 'commander';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { pendingArticles, rebuild, resolveArticles } from '../../resolve/run-resolve.js';
import { DB_OPTION, reportFailure } from './store-job.js';

/** `attest resolve [--rebuild]`: resolve stored articles not resolved yet (or all, from scratch). */
export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description('link stored articles into actors and stories (only those not resolved yet; --rebuild: all, from scratch)')
    .option(...DB_OPTION)
    .option('--rebuild', 'empty the cross-article tables and resolve every article again (corrections are kept)')
    .option('--json', 'print the run summary as JSON')
    .action(async (opts: { db?: string; rebuild?: boolean; json?: boolean }) => {
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'write' }).catch(reportFailure);
      if (!store) return;
      try {
        const run = opts.rebuild ? await rebuild(store) : await resolveArticles(store, await pendingArticles(store.db));
        const { n } = await store.db.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        if (opts.json) process.stdout.write(JSON.stringify({ resolved: run.resolved, stories_touched: run.stories, stories: Number(n) }) + '\n');
        process.stderr.write(`resolved ${run.resolved} article${run.resolved === 1 ? '' : 's'}; ${Number(n)} stories in the store\n`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
