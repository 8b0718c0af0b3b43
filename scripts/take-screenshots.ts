// `npm run screenshots`: the demo corpus served on 127.0.0.1 and photographed in Debian's chromium:
// home, article, story, actor and graph pages into docs/screenshots/ (the README shows them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/api/create-app.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import { projectRoot } from '../src/lexicons.js';
import { inPublishedOrder, resolveArticles } from '../src/resolve/run-resolve.js';
import { createInlinePool } from '../src/store/ingest/analyze-pool.js';
import { loadIngestPipeline } from '../src/store/ingest/ingest-pipeline.js';
import { itemsFromReads, runIngest } from '../src/store/ingest/run-ingest.js';
import { openStore } from '../src/store/open-store.js';
import { launchBrowser, listen } from '../test/web/browser-fixture.js';

const root = projectRoot();
const out = path.join(root, 'docs', 'screenshots');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-shots-'));
const store = await openStore(path.join(dir, 'demo.db'), { mode: 'create' });
const pool = createInlinePool(await loadIngestPipeline());
const landed: string[] = [];
await runIngest(itemsFromReads(readInputs([path.join(root, 'examples', 'demo', 'articles.jsonl')])), { store, pool, onEvent: (e) => void (e.kind === 'saved' && landed.push(e.id)) });
await resolveArticles(store, await inPublishedOrder(store.db, landed));
const server = await listen(createApp({ store, pool: async () => pool }));
const browser = await launchBrowser();
try {
  const story = await store.db.selectFrom('stories').select('id').orderBy('article_count', 'desc').orderBy('id').executeTakeFirstOrThrow();
  const origin = await store.db.selectFrom('stories').select('origin_article_id').where('id', '=', story.id).executeTakeFirstOrThrow();
  const actor = await store.db.selectFrom('actors').select('id').orderBy('article_count', 'desc').orderBy('id').executeTakeFirstOrThrow();
  const shots: Array<[string, string]> = [
    ['home', '/'],
    ['article', `/articles/${encodeURIComponent(origin.origin_article_id ?? landed[0]!)}`],
    ['story', `/stories/${encodeURIComponent(story.id)}`],
    ['actor', `/actors/${encodeURIComponent(actor.id)}`],
    ['graph', `/graph?story=${encodeURIComponent(story.id)}`],
  ];
  fs.mkdirSync(out, { recursive: true });
  for (const [name, url] of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.base + url, { waitUntil: 'load' });
    if (name === 'graph') await page.waitForSelector('#graph[data-rendered-nodes]');
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    await page.close();
    console.log(`docs/screenshots/${name}.png  ${url}`);
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
