import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../src/api/create-app.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { projectRoot } from '../../src/lexicons.js';
import { resolveArticles } from '../../src/resolve/run-resolve.js';
import { createInlinePool, type AnalyzePool } from '../../src/store/ingest/analyze-pool.js';
import { loadIngestPipeline } from '../../src/store/ingest/ingest-pipeline.js';
import { itemsFromReads, runIngest } from '../../src/store/ingest/run-ingest.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { TestDialect } from '../store/dialects.js';

export const STORY_FIXTURES = path.join(projectRoot(), 'test', 'fixtures', 'stories');

/** An article whose every field tries to become markup or script; the pages must show it as text. */
export const HOSTILE_ARTICLE = {
  id: 'hostile-1',
  outlet: 'Evil<script>alert("outlet")</script> Times',
  published: '2025-05-20',
  title: '"><img src=x onerror=alert("title")> Council row',
  url: 'javascript:alert("url")',
  text:
    'BRELLWICK, May 20 (Evil Times) - Council leader Odile Marsh said on Tuesday that <script>alert("text")</script> ' +
    'the budget would pass, and "><img src=x onerror=alert("img")> was not a threat.\n\n' +
    'Her deputy, Ansel Brook, denied that the vote had been delayed. <a href="javascript:alert(\'link\')">click here</a>, ' +
    'he told reporters, adding that 40 councillors would attend.',
};

/** The real pipeline, analysing in this thread. */
export async function inlinePool(): Promise<AnalyzePool> {
  return createInlinePool(await loadIngestPipeline());
}

/** Ingests JSONL fixture sets (and extra articles) into `store` and resolves them, as `attest ingest` does. */
export async function fill(store: Store, sets: readonly string[], extra: readonly object[] = []): Promise<void> {
  const pool = await inlinePool();
  const files = sets.map((s) => path.join(STORY_FIXTURES, `${s}.jsonl`));
  const landed: string[] = [];
  const reads = [...readInputs(files)];
  if (extra.length) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-extra-'));
    try {
      const file = path.join(tmp, 'extra.jsonl');
      fs.writeFileSync(file, extra.map((a) => JSON.stringify(a)).join('\n') + '\n');
      reads.push(...readInputs([file]));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  const result = await runIngest(itemsFromReads(reads), {
    store,
    pool,
    onEvent: (e) => {
      if (e.kind === 'saved') landed.push(e.id);
      else throw new Error(`fixture rejected: ${e.message}`);
    },
  });
  if (result.rejected) throw new Error('fixture articles rejected');
  await resolveArticles(store, landed);
}

export interface Served {
  app: Hono;
  store: Store;
  close: () => Promise<void>;
}

/** A fresh store of `dialect` filled with `sets`, and the app over it. */
export async function serveFixtures(dialect: TestDialect, sets: readonly string[], opts: Partial<AppOptions> & { extra?: object[] } = {}): Promise<Served> {
  const db = await dialect.fresh();
  const store = await openStore(db.url, { mode: 'create' });
  await fill(store, sets, opts.extra ?? []);
  let pool: Promise<AnalyzePool> | null = null;
  const app = createApp({ store, pool: () => (pool ??= inlinePool()), ...opts });
  return {
    app,
    store,
    close: async () => {
      await store.close();
      await db.drop();
    },
  };
}
