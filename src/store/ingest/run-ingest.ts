import type { ReadResult } from '../../ingest/types.js';
import { isGeneratedId } from '../article-key.js';
import type { Store } from '../open-store.js';
import { saveArticle, type SaveOutcome } from '../save-article.js';
import type { AnalyzePool } from './analyze-pool.js';
import { findUnchanged, type IngestItem } from './precheck.js';

/** What happened to one input: stored (with its outcome) or rejected with a `file:line: reason` message. */
export type IngestEvent =
  | { readonly kind: 'saved'; readonly outcome: SaveOutcome; readonly id: string }
  | { readonly kind: 'rejected'; readonly message: string };

export interface IngestCounts {
  ingested: number;
  unchanged: number;
  replaced: number;
  rejected: number;
}

export interface RunIngestOptions {
  readonly store: Store;
  readonly pool: AnalyzePool;
  /** Called once per input after its transaction committed (or it was rejected). */
  readonly onEvent?: (event: IngestEvent, counts: Readonly<IngestCounts>) => void;
  /** Skip articles already stored with the same content before analysing them (default true). */
  readonly precheck?: boolean;
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

const where = (it: IngestItem) => `${it.article.origin.file}${it.article.origin.line != null ? `:${it.article.origin.line}` : ''}`;

/**
 * Analyses items on the pool and stores each in its own transaction as soon as its record is ready.
 * A failing article is reported and skipped; everything stored before and after it stays.
 */
export async function runIngest(items: Iterable<IngestItem | { error: string }> | AsyncIterable<IngestItem | { error: string }>, opts: RunIngestOptions): Promise<IngestCounts> {
  const { store, pool, onEvent } = opts;
  const counts: IngestCounts = { ingested: 0, unchanged: 0, replaced: 0, rejected: 0 };
  const emit = (e: IngestEvent) => {
    if (e.kind === 'rejected') counts.rejected++;
    else counts[e.outcome]++;
    onEvent?.(e, counts);
  };
  const inflight = new Set<Promise<void>>();
  // Enough articles in flight to keep every thread busy while the store writes, but bounded in memory.
  const maxInflight = Math.max(4, pool.size * 16);
  const handle = (it: IngestItem): Promise<void> => {
    const p = pool
      .analyze(it.article)
      .then(
        async (record) => {
          try {
            const saved = await saveArticle(store, record, { ...it.article.origin, idGenerated: it.idGenerated });
            emit({ kind: 'saved', outcome: saved.outcome, id: saved.id });
          } catch (err) {
            emit({ kind: 'rejected', message: `${where(it)}: cannot store article ${it.article.id}: ${err instanceof Error ? err.message : String(err)}` });
          }
        },
        (err: unknown) => emit({ kind: 'rejected', message: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => inflight.delete(p));
    inflight.add(p);
    return p;
  };
  const flush = async (batch: IngestItem[]) => {
    const skip = opts.precheck === false ? new Map<IngestItem, string>() : await findUnchanged(store, batch, pool.versions);
    for (const it of batch) {
      const storedId = skip.get(it);
      if (storedId != null) {
        emit({ kind: 'saved', outcome: 'unchanged', id: storedId });
        continue;
      }
      if (pool.size === 0) await handle(it);
      else {
        void handle(it);
        while (inflight.size >= maxInflight) await Promise.race(inflight);
      }
    }
  };
  let batch: IngestItem[] = [];
  for await (const it of items) {
    if ('error' in it) {
      emit({ kind: 'rejected', message: it.error });
      continue;
    }
    batch.push(it);
    if (batch.length >= BATCH) {
      await flush(batch);
      batch = [];
    }
  }
  await flush(batch);
  await Promise.all(inflight);
  return counts;
}
