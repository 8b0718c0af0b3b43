import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleRecord } from '../src/model/record.js';
import { readStories } from '../src/resolve/read-stories.js';
import { resolveArticles } from '../src/resolve/run-resolve.js';
import { openStore } from '../src/store/open-store.js';
import { saveArticle } from '../src/store/save-article.js';

/**
 * Cross-article predictions for a corpus the way a user gets them: the records stored in a fresh SQLite
 * store, resolved one by one in the given order, then `attest stories --json`'s shape written to `outFile`.
 */
export async function predictStories(records: readonly ArticleRecord[], outFile: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-eval-'));
  const store = await openStore(path.join(dir, 'eval.db'), { mode: 'create' });
  try {
    const ids: string[] = [];
    for (const r of records) ids.push((await saveArticle(store, r, { file: 'eval', line: null })).id);
    await resolveArticles(store, ids);
    fs.writeFileSync(outFile, JSON.stringify({ stories: await readStories(store.db) }) + '\n');
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
