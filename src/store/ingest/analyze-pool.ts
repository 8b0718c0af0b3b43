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

interface Task {
  readonly article: Article;
  readonly resolve: (r: ArticleRecord) => void;
  readonly reject: (e: Error) => void;
}
interface Slot {
  worker: Worker;
  /** In the order sent: a thread works through its queue one article at a time. */
  pending: Map<number, Task>;
}

/** Starts `size` analysis threads; 0 analyses in this thread. Example: `const pool = await createAnalyzePool(2)`. */
export async function createAnalyzePool(size: number): Promise<AnalyzePool> {
  const pipeline = await loadIngestPipeline();
  if (size <= 0) return createInlinePool(pipeline);
  const slots: Slot[] = [];
  let seq = 0;
  let closing = false;
  let respawns = 0;
  let broken: string | null = null;
  const send = (task: Task): void => {
    if (!slots.length) return task.reject(new Error(`analysis threads keep failing: ${broken}`));
    const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = seq++;
    slot.pending.set(id, task);
    slot.worker.postMessage({ seq: id, article: task.article } satisfies WorkerTask);
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL('./analyze-worker.js', import.meta.url)), pending: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      const task = slot.pending.get(reply.seq);
      if (!task) return;
      slot.pending.delete(reply.seq);
      if (reply.ok) task.resolve(reply.record);
      else task.reject(new Error(reply.message));
    });
    // A thread that dies (out of memory, process.exit in an extractor) was working on its oldest article:
    // that one fails, the ones queued behind it go to the other threads.
    const fail = (why: string) => {
      const queued = [...slot.pending.values()];
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i < 0 || closing) return queued.forEach((t) => t.reject(new Error(`analysis thread stopped: ${why}`)));
      // Bounded, so a thread that cannot even start does not respawn forever.
      if (respawns++ < size * 4) slots[i] = spawn();
      else {
        broken = why;
        slots.splice(i, 1);
      }
      const culprit = queued.shift();
      if (culprit) {
        const { file, line } = culprit.article.origin;
        culprit.reject(new Error(`${file}${line != null ? `:${line}` : ''}: analysis thread died on article ${culprit.article.id}: ${why}`));
      }
      queued.forEach(send);
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
      return new Promise<ArticleRecord>((resolve, reject) => send({ article, resolve, reject }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
