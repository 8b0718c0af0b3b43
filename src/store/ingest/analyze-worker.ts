import { parentPort } from 'node:worker_threads';
import type { Article } from '../../model/article.js';
import { toRecord } from '../../model/record.js';
import { loadIngestPipeline } from './ingest-pipeline.js';
import type { WorkerReply, WorkerTask } from './analyze-pool.js';

// One analysis thread: compiles the pipeline once, then turns each article it is sent into a record.
const port = parentPort;
if (!port) throw new Error('analyze-worker.js runs as a worker thread');
const pipeline = await loadIngestPipeline();
// Tells the pool this thread started: a death before this is the thread's fault, not an article's.
port.postMessage({ ready: true });
port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, ok: true, record: toRecord(pipeline.analyze(task.article as Article)) };
  } catch (err) {
    reply = { seq: task.seq, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
