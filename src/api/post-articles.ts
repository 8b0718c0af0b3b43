import type { Context } from 'hono';
import { readContent } from '../ingest/read-inputs.js';
import type { IngestDefaults } from '../ingest/types.js';
import { inPublishedOrder, resolveArticles } from '../resolve/run-resolve.js';
import { isGeneratedId } from '../store/article-key.js';
import type { AnalyzePool } from '../store/ingest/analyze-pool.js';
import type { IngestItem } from '../store/ingest/precheck.js';
import { runIngest, type IngestResult } from '../store/ingest/run-ingest.js';
import type { Store } from '../store/open-store.js';
import { ApiError, badRequest, errorBody, type ErrorDetail } from './http-errors.js';

/** What the body is read as, by its Content-Type: the name readContent sees decides the format. */
const BODY_NAMES: Record<string, string> = {
  'application/json': 'body.json',
  'application/x-ndjson': 'body.jsonl',
  'application/jsonl': 'body.jsonl',
  'application/x-jsonlines': 'body.jsonl',
  'text/plain': 'body.txt',
  'text/html': 'body.html',
};

/** One input's fate, as `attest ingest --json` prints it. */
export interface PostResult {
  outcome: string;
  line: number | null;
  id: string | null;
  stored_as: string | null;
  message?: string;
}

const lineOf = (where: string | null | undefined) => {
  const m = where ? /:(\d+)$/.exec(where) : null;
  return m ? Number(m[1]) : null;
};

/**
 * POST /api/articles: the body goes through the path `attest ingest` takes (read, check fields, analyse,
 * one transaction per article, resolve). One bad line is a 400 naming it; the good lines are stored.
 * Requests are taken one at a time (`queue`), as one ingest run would.
 */
export function createPostArticles(store: Store, pool: () => Promise<AnalyzePool>) {
  let queue: Promise<unknown> = Promise.resolve();
  return async (c: Context) => {
    const defaults = readDefaults(c);
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const name = BODY_NAMES[type];
    if (!name)
      throw new ApiError(400, `Content-Type ${JSON.stringify(type || 'none')} is not one attest reads`, [
        { message: `send ${Object.keys(BODY_NAMES).join(', ')}` },
      ]);
    const bytes = Buffer.from(await c.req.arrayBuffer());
    const run = queue.then(() => ingest(store, pool, bytes, name, defaults));
    queue = run.catch(() => undefined);
    const { result, results } = await run;
    const errors: ErrorDetail[] = results.filter((r) => r.outcome === 'rejected').map((r) => ({ message: r.message ?? 'rejected', ...(r.line != null ? { line: r.line } : {}) }));
    const summary = { ingested: result.ingested, unchanged: result.unchanged, reanalyzed: result.reanalyzed, replaced: result.replaced, kept: result.kept, rejected: result.rejected };
    if (result.stopped) return c.json({ ...errorBody(503, `stopped: ${result.stopped}`, errors.length ? errors : [{ message: result.stopped }]), summary, results }, 503);
    if (errors.length)
      return c.json({ ...errorBody(400, errors.length === 1 ? errors[0]!.message : `${errors.length} inputs rejected; the others were stored`, errors), summary, results }, 400);
    return c.json({ ok: true as const, summary, results }, results.some((r) => r.outcome === 'ingested') ? 201 : 200);
  };
}

/** `outlet` and `published` in the query fill what the articles lack (as `attest ingest --outlet`). */
function readDefaults(c: Context): IngestDefaults {
  const unknown = Object.keys(c.req.queries()).filter((k) => k !== 'outlet' && k !== 'published');
  if (unknown.length) throw badRequest(`unknown parameter ${JSON.stringify(unknown[0]!.slice(0, 40))} (POST takes outlet, published)`, unknown.map((k) => ({ param: k, message: 'unknown parameter' })));
  const outlet = c.req.query('outlet');
  const published = c.req.query('published');
  if (published != null && !/^\d{4}-\d{2}-\d{2}/.test(published)) throw badRequest(`published expects a date YYYY-MM-DD, got ${JSON.stringify(published.slice(0, 40))}`);
  return { ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

async function ingest(store: Store, getPool: () => Promise<AnalyzePool>, bytes: Buffer, name: string, defaults: IngestDefaults) {
  const results: PostResult[] = [];
  const items: Array<IngestItem | { error: string }> = [];
  for (const r of readContent(bytes, name, defaults)) {
    if (r.ok) items.push({ article: r.article, idGenerated: isGeneratedId(r.article) });
    else {
      results.push({ outcome: 'rejected', line: r.error.line, id: null, stored_as: null, message: r.error.message });
      items.push({ error: r.error.message });
    }
  }
  const readErrors = new Set(results.map((r) => r.message));
  const landed: string[] = [];
  const changed = new Set<string>();
  const result: IngestResult = await runIngest(items, {
    store,
    pool: await getPool(),
    onEvent(e) {
      if (e.kind === 'rejected') {
        if (!e.item && readErrors.has(e.message)) return; // a read error, already listed with its line
        results.push({ outcome: 'rejected', line: lineOf(e.item?.where), id: e.item?.inputId ?? null, stored_as: null, message: e.message });
        return;
      }
      if (e.outcome !== 'kept' && e.outcome !== 'unchanged') landed.push(e.id);
      if (e.outcome === 'reanalyzed' || e.outcome === 'replaced') changed.add(e.id);
      results.push({ outcome: e.outcome, line: lineOf(e.item.where), id: e.item.inputId, stored_as: e.id, ...(e.note ? { message: e.note } : {}) });
    },
  });
  if (landed.length && !result.stopped) await resolveArticles(store, await inPublishedOrder(store.db, landed), { changed });
  results.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { result, results };
}
