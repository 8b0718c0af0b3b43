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

/** One thread per core unless told otherwise; more threads than cores only cost memory. */
export const defaultWorkerCount = (): number => Math.max(1, os.availableParallelism());
export const maxWorkerCount = defaultWorkerCount;

/** The analysis threads cannot be started or keep dying at start: the run stops rather than fail every article. */
export class PoolBrokenError extends Error {
  override readonly name = 'PoolBrokenError';
}

interface Task {
  readonly article: Article;
  readonly resolve: (r: ArticleRecord) => void;
  readonly reject: (e: Error) => void;
}
interface Slot {
  worker: Worker;
  /** In the order sent: a thread works through its queue one article at a time. */
  pending: Map<number, Task>;
  /** Set when the thread has loaded its pipeline and said so. */
  online: boolean;
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
    if (!slots.length) return task.reject(new PoolBrokenError(`analysis threads keep failing: ${broken}`));
    const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = seq++;
    slot.pending.set(id, task);
    slot.worker.postMessage({ seq: id, article: task.article } satisfies WorkerTask);
  };
  const spawn = (): Slot => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./analyze-worker.js', import.meta.url));
    } catch (err) {
      // Out of threads or memory (EAGAIN): no retry loop, the run stops with this reason.
      throw new PoolBrokenError(`cannot start an analysis thread: ${err instanceof Error ? err.message : String(err)}`);
    }
    const slot: Slot = { worker, pending: new Map(), online: false };
    slot.worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) return void (slot.online = true);
      const task = slot.pending.get(reply.seq);
      if (!task) return;
      slot.pending.delete(reply.seq);
      if (reply.ok) task.resolve(reply.record);
      else task.reject(new Error(reply.message));
    });
    // A thread that dies (out of memory, process.exit in an extractor) was working on its oldest article:
    // that one fails, the ones queued behind it go to the other threads.
    const fail = (reason: string) => {
      let why = reason;
      const queued = [...slot.pending.values()];
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i < 0 || closing) return queued.forEach((t) => t.reject(new Error(`analysis thread stopped: ${why}`)));
      // Bounded, so a thread that cannot even start does not respawn forever.
      let respawned = false;
      if (respawns++ < size * 4) {
        try {
          slots[i] = spawn();
          respawned = true;
        } catch (err) {
          why = (err as Error).message;
        }
      }
      if (!respawned) {
        broken = why;
        slots.splice(i, 1);
        if (!slots.length) {
          // No thread left: everything queued fails as a broken pool, not as one article's fault.
          for (const t of queued) t.reject(new PoolBrokenError(`analysis threads keep failing: ${why}`));
          return;
        }
      }
      // A thread that never came online failed on its own start, not on the article it was sent.
      const culprit = slot.online ? queued.shift() : undefined;
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
  try {
    for (let i = 0; i < size; i++) slots.push(spawn());
  } catch (err) {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw err;
  }
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
