import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIALECTS } from './dialects.js';
import { fictionalArticle } from './fictional-corpus.js';
import { runCli } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-cli-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const txt = path.join(tmp, 'harbour-vote.txt');
fs.writeFileSync(
  txt,
  '---\nid: harbour-vote\noutlet: Ellisford Echo\npublished: 2025-04-09\ntitle: Harbour vote delayed\n---\n' +
    'Ellisford harbour master Arvo Kessby said on Tuesday that the vote on the new pier, expected to cost 4.5 million dollars, ' +
    'would be delayed until June. "We need two more surveys," Kessby told the Ellisford Echo. The port authority declined to comment.\n',
);
// Real default extractors here (the hook switched off), so `article` can be compared with `analyze`.
const REAL = { ATTEST_TEST_EXTRACTORS: '' };

for (const dialect of DIALECTS) {
  describe(`CLI store commands on ${dialect.name}`, { skip: dialect.skip }, () => {
    let url: string;
    let drop: () => Promise<void>;
    before(async () => {
      ({ url, drop } = await dialect.fresh());
      const r = await runCli(['ingest', '--db', url, '--workers', '0', txt], { env: REAL });
      assert.equal(r.code, 0, r.stderr);
      const stdin = [0, 1, 2].map((i) => JSON.stringify({ ...fictionalArticle(500 + i), id: undefined })).join('\n');
      const s = await runCli(['ingest', '--db', url, '--workers', '1', '--verbose', '-'], { input: stdin });
      assert.equal(s.code, 0, s.stderr);
      assert.deepEqual(s.stdout.trim().split('\n').sort(), ['ingested stdin-1', 'ingested stdin-2', 'ingested stdin-3'], 'committed in any order');
    });
    after(async () => drop?.());

    test('attest article prints what attest analyze prints, as text and as JSON', async () => {
      for (const flags of [['--json'], ['--explain']]) {
        const stored = await runCli(['article', '--db', url, 'harbour-vote', ...flags], { env: REAL });
        const fresh = await runCli(['analyze', txt, ...flags], { env: REAL });
        assert.equal(stored.code, 0, stored.stderr);
        assert.equal(stored.stdout, fresh.stdout, `flags ${flags.join(' ')}`);
      }
    });

    test('attest article on an unknown id fails with a message', async () => {
      const r = await runCli(['article', '--db', url, 'no-such-article']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /no article "no-such-article"/);
    });

    test('attest articles lists ids, outlets, dates and counts per layer, with filters', async () => {
      const all = await runCli(['articles', '--db', url, '--json']);
      const { articles } = JSON.parse(all.stdout) as { articles: Array<{ id: string; outlet: string; published: string; counts: Record<string, number> }> };
      assert.deepEqual(articles.map((a) => a.id).sort(), ['harbour-vote', 'stdin-1', 'stdin-2', 'stdin-3']);
      const stdin1 = articles.find((a) => a.id === 'stdin-1')!;
      const shown = await runCli(['article', '--db', url, 'stdin-1', '--json']);
      const rec = JSON.parse(shown.stdout) as { entities: Array<{ mention_spans: unknown[] }>; statements: unknown[]; times: unknown[] };
      assert.equal(stdin1.counts['entities'], rec.entities.length);
      assert.equal(stdin1.counts['mentions'], rec.entities.reduce((n, e) => n + e.mention_spans.length, 0));
      assert.equal(stdin1.counts['statements'], rec.statements.length);
      assert.ok(stdin1.counts['statements']! > 0);

      const one = await runCli(['articles', '--db', url, '--json', '--outlet', 'Ellisford Echo']);
      assert.deepEqual((JSON.parse(one.stdout) as { articles: Array<{ id: string }> }).articles.map((a) => a.id), ['harbour-vote']);
      const dated = await runCli(['articles', '--db', url, '--json', '--since', '2025-04-09', '--until', '2025-04-09']);
      assert.deepEqual((JSON.parse(dated.stdout) as { articles: Array<{ id: string }> }).articles.map((a) => a.id), ['harbour-vote']);

      const table = await runCli(['articles', '--db', url, '--until', '2025-04-09']);
      const lines = table.stdout.trimEnd().split('\n');
      assert.match(lines[0]!, /^id\s+outlet\s+published\s+entities\s+mentions\s+statements\s+quantities\s+times\s+relations$/);
      assert.ok(lines.some((l) => /^harbour-vote\s+Ellisford Echo\s+2025-04-09\s+\d+/.test(l)));

      const bad = await runCli(['articles', '--db', url, '--since', '2025-13-01']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /invalid --since date/);
    });
  });
}

test('query commands refuse a missing SQLite store instead of creating an empty one', async () => {
  const missing = path.join(tmp, 'missing.db');
  const r = await runCli(['articles', '--db', missing]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^attest: no store at .*missing\.db/m);
  assert.equal(fs.existsSync(missing), false);
});
