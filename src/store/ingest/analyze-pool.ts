import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Pipeline } from '../../extract/pipeline.js';
import type { LayerName } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import { toRecord, type ArticleRecord } from '../../model/record.js';
import { loadIngestPipeline } from './ingest-pipeline.js';

/** A message to an analysis thread. */
export interface WorkerTask {
  readonly seq: number;
  readonly article: Article;
}
/** Its answer: the record, or why the pipeline failed. */
export type WorkerReply =
  | { readonly seq: number; readonly ok: true; readonly record: ArticleRecord }
  | { readonly seq: number; readonly ok: false; readonly message: string };

/** Analyses articles on `size` threads (or inline when size is 0). */
export interface AnalyzePool {
  readonly size: number;
  readonly versions: Readonly<Record<LayerName, number>>;
  /** Resolves to the record; rejects with the pipeline's `file:line: reason` message. */
  analyze(article: Article): Promise<ArticleRecord>;
  close(): Promise<void>;
}

/** Analyses in the calling thread with the given pipeline (for --workers 0, and tests that inject extractors). */
export function createInlinePool(pipeline: Pipeline): AnalyzePool {
  return {
    size: 0,
    versions: pipeline.versions,
    analyze: async (article) => toRecord(pipeline.analyze(article)),
    close: async () => undefined,
  };
}

/** One thread per core unless told otherwise. */
export const defaultWorkerCount = (): number => Math.max(1, os.availableParallelism());

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ArticleRecord) => void; reject: (e: Error) => void }>;
}

/** Starts `size` analysis threads; 0 analyses in this thread. Example: `const pool = await createAnalyzePool(2)`. */
export async function createAnalyzePool(size: number): Promise<AnalyzePool> {
  const pipeline = await loadIngestPipeline();
  if (size <= 0) return createInlinePool(pipeline);
  const slots: Slot[] = [];
  let seq = 0;
  let closing = false;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL('./analyze-worker.js', import.meta.url)), pending: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      const task = slot.pending.get(reply.seq);
      if (!task) return;
      slot.pending.delete(reply.seq);
      if (reply.ok) task.resolve(reply.record);
      else task.reject(new Error(reply.message));
    });
    // A thread that dies (out of memory, a crash outside the pipeline) fails only the articles it held.
    const fail = (why: string) => {
      for (const t of slot.pending.values()) t.reject(new Error(`analysis thread failed: ${why}`));
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
    };
    slot.worker.on('error', (err: Error) => fail(err.message));
    slot.worker.on('exit', (code) => {
      if (!closing && slots.includes(slot)) fail(`exited with code ${code}`);
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    size,
    versions: pipeline.versions,
    analyze(article) {
      const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
      const id = seq++;
      return new Promise<ArticleRecord>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ seq: id, article } satisfies WorkerTask);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
