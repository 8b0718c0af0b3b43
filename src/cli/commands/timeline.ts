import type { Command } from 'commander';
import { readTimeline, type TimelineEntry } from '../../resolve/read-timeline.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { showInline } from '../show-text.js';
import { DB_OPTION, exitOnClosedStdout, reportFailure, scopeExists } from './store-job.js';

const safe = showInline;

/** One timeline entry on one line: the date it is about, what it is, the article, and the text. */
export function formatEntry(e: TimelineEntry): string {
  const head = `${safe(e.date).padEnd(10)}  ${e.kind.padEnd(9)}  ${safe(e.article)}${e.outlet ? ` (${safe(e.outlet)})` : ''}`;
  if (e.kind === 'published') return `${head}: ${safe((e.title ?? '').slice(0, 100))}`;
  if (e.kind === 'statement') return `${head}: ${safe(e.source)} (${safe(e.stance)}): «${safe(e.content.slice(0, 160))}»`;
  return `${head}: «${safe(e.text)}» in «${safe(e.sentence.slice(0, 160))}»${e.published === e.date ? '' : ` (published ${e.published})`}`;
}

/** `attest timeline (--story ID | --actor ID) [--json]`. */
export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('what happened when: articles, statements and dated events (times normalised against publication) of a story or an actor, in time order')
    .option(...DB_OPTION)
    .option('--story <id>', "the story's articles (see attest stories)")
    .option('--actor <id>', 'the statements the actor makes or that name it, and the dated events in sentences that name it (see attest actors)')
    .option('--json', 'print {"scope": {...}, "entries": [...]}')
    .action(async (opts: { db?: string; story?: string; actor?: string; json?: boolean }) => {
      exitOnClosedStdout();
      if (opts.story == null && opts.actor == null) {
        process.stderr.write('attest: timeline expects --story ID or --actor ID (both: the story\'s entries that name the actor)\n');
        process.exitCode = 2;
        return;
      }
      const store = await openStore(resolveDbUrl(opts.db), { mode: 'read' }).catch(reportFailure);
      if (!store) return;
      try {
        if (!(await scopeExists(store, opts))) return;
        const scope = { ...(opts.story != null ? { story: opts.story } : {}), ...(opts.actor != null ? { actor: opts.actor } : {}) };
        const entries = await readTimeline(store.db, scope);
        if (opts.json) return void process.stdout.write(JSON.stringify({ scope, entries }) + '\n');
        for (const e of entries) process.stdout.write(formatEntry(e) + '\n');
        process.stderr.write(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}\n`);
      } catch (err) {
        reportFailure(err);
      } finally {
        await store.close();
      }
    });
}
