import type { ReadResult } from '../../ingest/types.js';
import { isGeneratedId } from '../article-key.js';
import type { Store } from '../open-store.js';
import { fromWhere, sameArticle, sameVersions, saveArticle, versionsJson, type ConflictPolicy, type SaveOutcome } from '../save-article.js';
import { describeStoreError, storeWideReason } from '../store-errors.js';
import { PoolBrokenError, type AnalyzePool } from './analyze-pool.js';
import { findStored, keyItem, type IngestItem, type KeyedItem } from './precheck.js';

/** Which input an event is about. */
export interface EventItem {
  readonly where: string;
  readonly inputId: string;
  readonly outlet: string | null;
}

/** What happened to one input: stored (with its outcome, and a note for a kept conflict) or rejected. */
export type IngestEvent =
  | { readonly kind: 'saved'; readonly outcome: SaveOutcome; readonly id: string; readonly item: EventItem; readonly note?: string }
  | { readonly kind: 'rejected'; readonly message: string; readonly item?: EventItem };

export interface IngestCounts {
  ingested: number;
  unchanged: number;
  reanalyzed: number;
  replaced: number;
  kept: number;
  rejected: number;
}

/** The counts, and why the run stopped early when the store itself failed (null when it ran to the end). */
export interface IngestResult extends IngestCounts {
  readonly stopped: string | null;
  /** Articles analysed but not stored because the run stopped. */
  readonly notStored: number;
}

export interface RunIngestOptions {
  readonly store: Store;
  readonly pool: AnalyzePool;
  /** Called once per input after its transaction committed (or it was rejected). */
  readonly onEvent?: (event: IngestEvent, counts: Readonly<IngestCounts>) => void;
  /** Skip articles already stored with the same content before analysing them (default true). */
  readonly precheck?: boolean;
  /** An article stored with another text or metadata: keep the stored one (default), replace it, or fail. */
  readonly onConflict?: ConflictPolicy;
}

// Articles read ahead and checked against the store in one query.
const BATCH = 64;

/** Turns read results (articles or read errors) into ingest items and their errors. */
export function* itemsFromReads(reads: Iterable<ReadResult>): Generator<IngestItem | { error: string }> {
  for (const r of reads) {
    if (r.ok) yield { article: r.article, idGenerated: isGeneratedId(r.article) };
    else yield { error: r.error.message };
  }
}

const where = (it: IngestItem) => fromWhere(it.article.origin.file, it.article.origin.line);
const info = (it: IngestItem): EventItem => ({ where: where(it), inputId: it.article.id, outlet: it.article.outlet });
const named = (it: IngestItem) => `article ${JSON.stringify(it.article.id)}${it.article.outlet ? ` of ${JSON.stringify(it.article.outlet)}` : ''}`;

/**
 * Analyses items on the pool and stores each in its own transaction as soon as its record is ready.
 * A failing article is reported and skipped; everything stored before and after it stays. A failure of
 * the store itself (disk full, server gone) stops the run at once. Within one run the first of several
 * inputs with one identity is the one stored, so a run gives the same store however often it is repeated.
 */
export async function runIngest(items: Iterable<IngestItem | { error: string }> | AsyncIterable<IngestItem | { error: string }>, opts: RunIngestOptions): Promise<IngestResult> {
  const { store, pool, onEvent } = opts;
  const policy = opts.onConflict ?? 'keep';
  const counts: IngestCounts = { ingested: 0, unchanged: 0, reanalyzed: 0, replaced: 0, kept: 0, rejected: 0 };
  let stopped: string | null = null;
  let notStored = 0;
  const emit = (e: IngestEvent) => {
    if (e.kind === 'rejected') counts.rejected++;
    else counts[e.outcome]++;
    onEvent?.(e, counts);
  };
  const stop = (err: unknown, reason: string) => {
    stopped ??= `${store.where}: ${reason} (${describeStoreError(err)})`;
  };
  const conflictNote = (it: IngestItem, storedFrom: string) =>
    `${where(it)}: ${named(it)} is stored with another text or metadata (from ${storedFrom}); kept that version` +
    (policy === 'keep' ? ' (--on-conflict replace stores this one, keeping the old in the store)' : '');
  const inflight = new Set<Promise<void>>();
  // Enough articles in flight to keep every thread busy while the store writes, but bounded in memory.
  const maxInflight = Math.max(4, pool.size * 16);
  const handle = (it: KeyedItem): Promise<void> => {
    const p = pool
      .analyze(it.article)
      .then(
        async (record) => {
          if (stopped) return void notStored++;
          try {
            const saved = await saveArticle(store, record, { ...it.article.origin, idGenerated: it.idGenerated, textHash: it.textHash }, policy);
            const note = saved.outcome === 'kept' ? conflictNote(it, saved.storedFrom ?? '?') : undefined;
            emit({ kind: 'saved', outcome: saved.outcome, id: saved.id, item: info(it), ...(note ? { note } : {}) });
          } catch (err) {
            const reason = storeWideReason(err);
            if (reason) return stop(err, reason), void notStored++;
            emit({ kind: 'rejected', item: info(it), message: `${where(it)}: cannot store ${named(it)}: ${err instanceof Error ? err.message : String(err)}` });
          }
        },
        (err: unknown) => {
          if (err instanceof PoolBrokenError) return stop(err, 'the analysis threads cannot start'), void notStored++;
          emit({ kind: 'rejected', item: info(it), message: err instanceof Error ? err.message : String(err) });
        },
      )
      .finally(() => inflight.delete(p));
    inflight.add(p);
    return p;
  };
  // Identity → the first input of this run that had it.
  const seen = new Map<string, { where: string; head: { text_hash: string; published: string; title: string | null; url: string | null } }>();
  const versions = versionsJson(pool.versions);
  const flush = async (batch: KeyedItem[]) => {
    let stored: Awaited<ReturnType<typeof findStored>>;
    try {
      stored = opts.precheck === false ? new Map() : await findStored(store, batch);
    } catch (err) {
      const reason = storeWideReason(err);
      if (!reason) throw err;
      return stop(err, reason);
    }
    for (const it of batch) {
      if (stopped) return;
      const a = it.article;
      const head = { text_hash: it.textHash, published: a.published, title: a.title, url: a.url };
      const first = seen.get(it.identity);
      if (first) {
        if (sameArticle(first.head, head)) emit({ kind: 'saved', outcome: 'unchanged', id: a.id, item: info(it) });
        else if (policy === 'fail') emit({ kind: 'rejected', item: info(it), message: `${where(it)}: id ${JSON.stringify(a.id)} already at ${first.where} with another text` });
        else emit({ kind: 'saved', outcome: 'kept', id: a.id, item: info(it), note: `${where(it)}: id ${JSON.stringify(a.id)} already at ${first.where} with another text; the first is stored (one run stores the first of repeated ids)` });
        continue;
      }
      seen.set(it.identity, { where: where(it), head });
      const s = stored.get(it.identity);
      if (s && sameArticle(s, head)) {
        if (sameVersions(s.versions, versions)) {
          emit({ kind: 'saved', outcome: 'unchanged', id: s.id, item: info(it) });
          continue;
        }
      } else if (s && policy === 'keep') {
        emit({ kind: 'saved', outcome: 'kept', id: s.id, item: info(it), note: conflictNote(it, fromWhere(s.source_file, s.source_line)) });
        continue;
      } else if (s && policy === 'fail') {
        emit({ kind: 'rejected', item: info(it), message: `${where(it)}: ${named(it)} is stored with another text or metadata (from ${fromWhere(s.source_file, s.source_line)}) (--on-conflict fail)` });
        continue;
      }
      if (pool.size === 0) await handle(it);
      else {
        void handle(it);
        while (inflight.size >= maxInflight) await Promise.race(inflight);
      }
    }
  };
  let batch: KeyedItem[] = [];
  for await (const it of items) {
    if (stopped) break;
    if ('error' in it) {
      emit({ kind: 'rejected', message: it.error });
      continue;
    }
    batch.push(keyItem(it));
    if (batch.length >= BATCH) {
      await flush(batch);
      batch = [];
    }
  }
  if (!stopped) await flush(batch);
  await Promise.all(inflight);
  return { ...counts, stopped, notStored };
}
