import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DIALECTS } from '../store/dialects.js';
import { HOSTILE_ARTICLE, serveFixtures, type Served } from '../api/serve-fixture.js';
import { browserSkip, launchBrowser, listen } from './browser-fixture.js';

// The pages in a real browser (Debian's chromium through playwright-core), served on 127.0.0.1 from a
// SQLite store of the cross-article fixtures and one article written to attack the page.
const skip = browserSkip();
const sqlite = DIALECTS.find((d) => d.name === 'sqlite')!;

describe('web UI in chromium', { skip }, () => {
  let s: Served;
  let server: { base: string; close: () => Promise<void> };
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    s = await serveFixtures(sqlite, ['wire-relayed', 'corroborated', 'labels'], { extra: [HOSTILE_ARTICLE] });
    server = await listen(s.app);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await s?.close();
  });

  /** A page that records every dialog, console error and uncaught exception as a problem. */
  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('dialog', (d) => {
      problems.push(`dialog on ${path}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error on ${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error on ${path}: ${e.message}`));
    const res = await page.goto(server.base + path, { waitUntil: 'load' });
    assert.equal(res?.status(), 200, path);
    return page;
  }

  async function storyId(outlet: string): Promise<string> {
    const res = await s.app.request(`/api/stories?outlet=${encodeURIComponent(outlet)}&limit=500`);
    const body = (await res.json()) as { items: Array<{ id: string; article_count: number; origin: string | null }> };
    return body.items.find((x) => x.article_count >= 3 && x.origin === outlet)!.id;
  }

  test('a story page shows its origin and the outlets that relayed it', async () => {
    const page = await open(`/stories/${encodeURIComponent(await storyId('Northline Wire'))}`);
    assert.match(await page.locator('.origin-name').innerText(), /Northline Wire/);
    const origin = page.locator('figure.chain a.origin');
    assert.equal(await origin.count(), 1);
    assert.match((await origin.locator('text').textContent()) ?? '', /Northline Wire/);
    assert.ok((await page.locator('figure.chain a.relay').count()) >= 1, 'at least one relay is drawn');
    assert.ok(await page.locator('figure.chain line').first().isVisible(), 'arrows from the origin are drawn');
    await page.close();
  });

  test('clicking a claim highlights its statements in the article texts', async () => {
    const page = await open(`/stories/${encodeURIComponent(await storyId('Northline Wire'))}`);
    assert.equal(await page.locator('.member-text .st.hl').count(), 0);
    const button = page.locator('.claim-toggle').first();
    const claim = await button.getAttribute('data-claim');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const marked = page.locator('.member-text .st.hl');
    assert.ok((await marked.count()) >= 1, 'the claim marks at least one statement');
    assert.ok(await marked.first().isVisible(), 'its article is opened to show it');
    for (const el of await marked.all()) assert.ok((await el.getAttribute('data-claims'))!.split(' ').includes(claim!));
    await button.click();
    assert.equal(await page.locator('.member-text .st.hl').count(), 0, 'a second click clears the marks');
    await page.close();
  });

  test('an article page shows a statement\'s source when it is focused with the keyboard', async () => {
    const list = (await (await s.app.request('/api/articles?limit=500')).json()) as { items: Array<{ id: string; statements: number }> };
    const id = list.items.find((a) => a.statements >= 2)!.id;
    const page = await open(`/articles/${encodeURIComponent(id)}`);
    const first = page.locator('.text .st').first();
    await first.focus();
    const detail = await page.locator('#detail').innerText();
    assert.match(detail, /rule /);
    assert.equal(detail, await first.getAttribute('title'));
    await page.close();
  });

  test('an actor page and the graph page show their nodes', async () => {
    const graph = await open('/graph');
    await graph.waitForSelector('#graph[data-rendered-nodes]');
    const nodes = Number(await graph.locator('#graph').getAttribute('data-rendered-nodes'));
    assert.ok(nodes >= 2, `graph drew ${nodes} nodes`);
    assert.ok((await graph.locator('#graph canvas').count()) >= 1, 'cytoscape drew on a canvas');
    const actorHref = await graph.locator('table.edges a').first().getAttribute('href');
    await graph.close();
    const actor = await open(actorHref!);
    assert.ok((await actor.locator('h1').innerText()).length > 1);
    assert.ok((await actor.locator('.neighbours li').count()) >= 1, 'the actor has neighbours');
    await actor.close();
    const around = await open(`/graph?actor=${encodeURIComponent(actorHref!.split('/').pop()!)}`);
    await around.waitForSelector('#graph[data-rendered-nodes]');
    assert.ok(Number(await around.locator('#graph').getAttribute('data-rendered-nodes')) >= 2);
    await around.close();
  });

  test('hostile article text, outlet and links are shown as text and never run', async () => {
    const page = await open('/articles/hostile-1');
    const text = await page.locator('.text').innerText();
    assert.ok(text.includes('<script>alert("text")</script>'), 'the script tag is visible as text');
    assert.ok(text.includes('"><img src=x onerror=alert("img")>'));
    assert.ok((await page.locator('h1').innerText()).includes('<img src=x'));
    assert.ok((await page.locator('.meta').innerText()).includes('Evil<script>'));
    assert.equal(await page.locator('.text img, .text script, .text a').count(), 0, 'no element was made from the text');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'a javascript: url is not linked');
    for (const el of await page.locator('.text .st').all()) await el.hover();
    await page.waitForTimeout(200);
    const outlet = await open(`/articles?outlet=${encodeURIComponent(HOSTILE_ARTICLE.outlet)}`);
    assert.ok((await outlet.locator('table.list').innerText()).includes('Evil<script>'));
    await outlet.close();
    await page.close();
    assert.deepEqual(problems, [], 'no dialog, console error or page error on any page');
  });
});
