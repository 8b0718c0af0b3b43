import type { AnalyzePool } from '../../store/ingest/analyze-pool.js';
import { createAnalyzePool, defaultWorkerCount, maxWorkerCount } from '../../store/ingest/analyze-pool.js';
import { createProgress } from '../../store/ingest/progress.js';
import { runIngest, type IngestEvent, type IngestResult } from '../../store/ingest/run-ingest.js';
import { openStore, resolveDbUrl, type OpenMode, type Store } from '../../store/open-store.js';
import { CONFLICT_POLICIES, type ConflictPolicy } from '../../store/save-article.js';
import { inPublishedOrder, resolveArticles } from '../../resolve/run-resolve.js';
import { showInline, showText } from '../show-text.js';

/** Parses --workers: a whole number, 0 = analyse in the main thread; more than the cores is capped (and said). */
export function parseWorkers(value: string | undefined, warn: (s: string) => void = (s) => process.stderr.write(s)): number {
  if (value == null) return defaultWorkerCount();
  if (!/^\d+$/.test(value)) throw new Error(`--workers expects a whole number, got ${JSON.stringify(value)}`);
  const n = Number(value);
  const max = maxWorkerCount();
  if (n > max) {
    warn(`attest: --workers ${value} capped at ${max}, the number of cores here (more threads only cost memory)\n`);
    return max;
  }
  return n;
}

/** The --db option every store command takes. */
export const DB_OPTION = ['--db <url>', 'SQLite file (path, sqlite:PATH, file:PATH) or postgres:// URL (default: $ATTEST_DB, else attest.db)'] as const;

/**
 * Checks that the story and actor a command is scoped to exist; when one does not, says so (exit 1)
 * and returns false.
 */
export async function scopeExists(store: Store, scope: { story?: string | undefined; actor?: string | undefined }): Promise<boolean> {
  for (const [table, id] of [['stories', scope.story], ['actors', scope.actor]] as const) {
    if (id == null || (await store.db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst())) continue;
    process.stderr.write(`attest: no ${table === 'stories' ? 'story' : 'actor'} ${showInline(JSON.stringify(id))} (see attest ${table})\n`);
    process.exitCode = 1;
    return false;
  }
  return true;
}

/** Prints a failure that is not one article's (the store cannot be opened, the database went away) and sets exit 1. */
export function reportFailure(err: unknown): void {
  process.stderr.write(`attest: ${showText(err instanceof Error ? err.message : String(err))}\n`);
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
  json?: boolean;
  onConflict?: string;
  /** False with --no-resolve: store only, leave cross-article resolution to `attest resolve`. */
  resolve?: boolean;
}

type Items = Parameters<typeof runIngest>[0];

/** One JSON line per article for `--json`: where it came from, what happened, under which store key. */
function eventJson(e: IngestEvent): string {
  if (e.kind === 'rejected')
    return JSON.stringify({ outcome: 'rejected', file: e.item?.where ?? null, id: e.item?.inputId ?? null, outlet: e.item?.outlet ?? null, message: e.message });
  return JSON.stringify({ outcome: e.outcome, file: e.item.where, id: e.item.inputId, outlet: e.item.outlet, stored_as: e.id, ...(e.note ? { message: e.note } : {}) });
}

/**
 * The frame of `attest ingest` and `attest reanalyze`: open the store and the analysis pool, run the items
 * through them with progress and per-article messages, print the summary, and always close both. A failure
 * of the store itself stops the run with one message, then the summary of what was stored.
 */
export async function runStoreJob(
  label: string,
  opts: StoreJobOptions,
  job: {
    mode: OpenMode;
    items: (store: Store, pool: AnalyzePool) => Items | Promise<Items>;
    precheck?: boolean;
    summary: (counts: IngestResult) => string;
  },
): Promise<void> {
  let workers: number;
  let onConflict: ConflictPolicy = 'keep';
  try {
    workers = parseWorkers(opts.workers);
    if (opts.onConflict != null) {
      if (!CONFLICT_POLICIES.includes(opts.onConflict as ConflictPolicy))
        throw new Error(`--on-conflict expects ${CONFLICT_POLICIES.join(', ')}, got ${JSON.stringify(opts.onConflict)}`);
      onConflict = opts.onConflict as ConflictPolicy;
    }
  } catch (err) {
    process.stderr.write(`attest: ${(err as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const store = await openStore(resolveDbUrl(opts.db), { mode: job.mode }).catch(reportFailure);
  if (!store) return;
  const pool = await createAnalyzePool(workers).catch(reportFailure);
  if (!pool) return void (await store.close());
  const progress = createProgress(label);
  const landed: string[] = [];
  const changed = new Set<string>();
  try {
    const result = await runIngest(await job.items(store, pool), {
      store,
      pool,
      onConflict,
      precheck: job.precheck ?? true,
      onEvent(event, c) {
        if (opts.json) process.stdout.write(eventJson(event) + '\n');
        if (event.kind === 'rejected') progress.note(`attest: ${showText(event.message)}`);
        else {
          if (event.outcome !== 'kept' && event.outcome !== 'unchanged') landed.push(event.id);
          if (event.outcome === 'reanalyzed' || event.outcome === 'replaced') changed.add(event.id);
          if (event.note) progress.note(`attest: ${showText(event.note)}`);
          if (opts.verbose) process.stdout.write(`${event.outcome} ${showText(event.id)}\n`);
        }
        progress.update(c);
      },
    });
    progress.done();
    if (result.stopped)
      process.stderr.write(
        `attest: stopped: ${showText(result.stopped)}\n` +
          `attest: ${result.notStored} analysed article(s) not stored, the rest of the input not read; what is stored is whole (run the same command again to go on)\n`,
      );
    process.stderr.write(job.summary(result) + '\n');
    // Each article that landed is resolved into actors and stories (DESIGN.md 3), in the order it landed.
    if (opts.resolve !== false && landed.length && !result.stopped) {
      const run = await resolveArticles(store, await inPublishedOrder(store.db, landed), { changed });
      process.stderr.write(`resolved ${run.resolved} article${run.resolved === 1 ? '' : 's'} into ${run.stories} stor${run.stories === 1 ? 'y' : 'ies'}\n`);
    }
    if (opts.json) process.stdout.write(JSON.stringify({ summary: { ...result } }) + '\n');
    if (result.rejected || result.stopped) process.exitCode = 1;
  } catch (err) {
    progress.done();
    reportFailure(err);
  } finally {
    await pool.close();
    await store.close().catch(() => undefined);
  }
}
