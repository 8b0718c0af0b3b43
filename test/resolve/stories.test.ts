import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { StoryView } from '../../src/resolve/read-stories.js';
import { openStore } from '../../src/store/open-store.js';
import { projectRoot } from '../../src/lexicons.js';
import { DIALECTS } from '../store/dialects.js';
import { runCli as runCliWith } from '../store/helpers.js';

// The real extractors, not the store tests' fixture ones: these sets test what attest reads.
const runCli = (args: string[]) => runCliWith(args, { env: { ATTEST_TEST_EXTRACTORS: '' } });

// Golden multi-article tests: fictional sets in test/fixtures/stories, written (with their expected
// outcome) by someone who never saw attest's output; each set tests one cross-article mechanism.
const fixtures = path.join(projectRoot(), 'test', 'fixtures', 'stories');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-stories-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const sorted = (xs: readonly string[]) => [...xs].sort();
const membership = (stories: readonly StoryView[]) => stories.map((s) => sorted(s.articles).join(' ')).sort();

async function stories(url: string): Promise<StoryView[]> {
  const r = await runCli(['stories', '--db', url, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { stories: StoryView[] }).stories;
}
const storyOf = (all: readonly StoryView[], article: string) => {
  const s = all.find((x) => x.articles.includes(article));
  assert.ok(s, `no story holds ${article}`);
  return s;
};

for (const dialect of DIALECTS) {
  describe(`stories across articles on ${dialect.name}`, { skip: dialect.skip }, () => {
    const drops: Array<() => Promise<void>> = [];
    after(async () => {
      for (const d of drops) await d();
    });
    const ingest = async (...sets: string[]) => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      const r = await runCli(['ingest', '--db', url, '--workers', '1', ...sets.map((s) => path.join(fixtures, `${s}.jsonl`))]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^resolved \d+ articles? into \d+ stor/m);
      return url;
    };

    test('a wire scoop relayed by three outlets: one origin, three relays, its claim single-source', async () => {
      const all = await stories(await ingest('wire-relayed'));
      assert.deepEqual(membership(all), ['wire-relayed-1 wire-relayed-2 wire-relayed-3 wire-relayed-4']);
      const s = all[0]!;
      assert.equal(s.origin, 'Northline Wire');
      assert.deepEqual(s.roles, { 'wire-relayed-1': 'origin', 'wire-relayed-2': 'relay', 'wire-relayed-3': 'relay', 'wire-relayed-4': 'relay' });
      for (const a of ['wire-relayed-2', 'wire-relayed-3', 'wire-relayed-4']) assert.ok(s.role_evidence[a]?.text, `${a}: the span that made it a relay`);
      const sale = s.claims.find((c) => /freight/i.test(c.text) && c.articles.length >= 3);
      assert.ok(sale, `the sale talks as one claim: ${JSON.stringify(s.claims.map((c) => c.text))}`);
      assert.equal(sale.status, 'single-source', JSON.stringify(sale.statements.map((x) => [x.article, x.source, x.chain])));
      assert.deepEqual(s.figures, [], 'no figure is disputed');
    });

    test("a second outlet's own sources confirm the claim: corroborated", async () => {
      const all = await stories(await ingest('corroborated'));
      assert.deepEqual(membership(all), ['corroborated-1 corroborated-2 corroborated-3']);
      const s = all[0]!;
      assert.equal(s.origin, 'Tessaly Courier');
      assert.deepEqual(s.roles, { 'corroborated-1': 'origin', 'corroborated-2': 'independent', 'corroborated-3': 'relay' });
      const detained = s.claims.find((c) => /detained/i.test(c.text));
      assert.ok(detained, JSON.stringify(s.claims.map((c) => c.text)));
      assert.equal(detained.status, 'corroborated', JSON.stringify(detained.statements.map((x) => [x.article, x.source, x.chain])));
      assert.ok(detained.chains >= 2);
    });

    test('a denial makes the claim contested', async () => {
      const all = await stories(await ingest('denial'));
      assert.deepEqual(membership(all), ['denial-1 denial-2 denial-3']);
      const drones = all[0]!.claims.find((c) => /drones/i.test(c.text));
      assert.ok(drones, JSON.stringify(all[0]!.claims.map((c) => c.text)));
      assert.equal(drones.status, 'contested');
      assert.ok(drones.statements.some((x) => x.role === 'contradicts' && x.stance === 'deny'));
    });

    test('two figures that disagree, with who gave each', async () => {
      const all = await stories(await ingest('figures'));
      assert.deepEqual(membership(all), ['figures-1 figures-2 figures-3']);
      const s = all[0]!;
      assert.equal(s.figures.length, 1, JSON.stringify(s.figures));
      const texts = s.figures[0]!.values.map((v) => `${v.article}: ${v.text}`).sort();
      assert.deepEqual(texts, ['figures-1: At least 40 people', 'figures-2: 12 people', 'figures-3: at least 40 people']);
      assert.ok(s.figures[0]!.values.every((v) => v.source), 'each value names who gave it');
      assert.ok(!s.figures.some((f) => f.values.some((v) => /300 workers/i.test(v.text))), 'the agreed workforce is no dispute');
    });

    test('one actor labelled three ways by three outlets', async () => {
      const all = await stories(await ingest('labels'));
      assert.deepEqual(membership(all), ['labels-1 labels-2 labels-3']);
      const of = (outlet: string) => all[0]!.labels.find((l) => l.actor === 'Ashfall Brigade' && l.outlet === outlet)?.labels ?? [];
      assert.deepEqual(of('Pennant News Service'), ['separatist militia']);
      assert.deepEqual(of('The Tamrin Observer'), ['rebels']);
      assert.deepEqual(sorted(of('Highland Broadcast')), ['armed movement', 'insurgents']);
    });

    test('two people who share a surname stay two actors', async () => {
      const url = await ingest('same-surname');
      assert.deepEqual(membership(await stories(url)), ['same-surname-1 same-surname-2', 'same-surname-3']);
      const store = await openStore(url, { mode: 'read' });
      try {
        const rows = await store.db.selectFrom('actor_aliases').innerJoin('actors', 'actors.id', 'actor_aliases.actor_id')
          .select(['actors.id', 'actors.name', 'actor_aliases.alias', 'actor_aliases.article_id']).where('actor_aliases.alias', 'like', '%Holloway%').execute();
        const actorOf = (article: string, alias: string) => rows.find((r) => r.article_id === article && r.alias === alias)?.id;
        const petra = actorOf('same-surname-2', 'Petra Holloway');
        const daniel = actorOf('same-surname-2', 'Daniel Holloway');
        assert.ok(petra && daniel && petra !== daniel, JSON.stringify(rows));
        assert.equal(actorOf('same-surname-1', 'Finance Minister Petra Holloway') ?? actorOf('same-surname-1', 'Petra Holloway'), petra);
        assert.equal(actorOf('same-surname-3', 'Daniel Holloway'), daniel);
      } finally {
        await store.close();
      }
    });

    test('two stories on one militia, months apart, stay apart', async () => {
      const all = await stories(await ingest('militia-months-apart'));
      assert.deepEqual(membership(all), ['militia-months-apart-1 militia-months-apart-2', 'militia-months-apart-3 militia-months-apart-4']);
    });

    test('near misses: the same company or group, the same week, another event', async () => {
      const all = await stories(await ingest('near-misses'));
      assert.deepEqual(membership(all), ['near-misses-1 near-misses-2', 'near-misses-3 near-misses-4', 'near-misses-5 near-misses-6', 'near-misses-7 near-misses-8']);
    });

    test('ingesting one article at a time, out of date order, equals resolve --rebuild', async () => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      const lines = fs.readFileSync(path.join(fixtures, 'incremental.jsonl'), 'utf8').trim().split('\n');
      for (const [i, line] of lines.entries()) {
        const file = path.join(tmp, `incremental-${dialect.name}-${i}.jsonl`);
        fs.writeFileSync(file, line + '\n');
        const r = await runCli(['ingest', '--db', url, '--workers', '0', file]);
        assert.equal(r.code, 0, r.stderr);
      }
      const incremental = await stories(url);
      const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'incremental.expected.json'), 'utf8')) as { stories: Array<{ articles: string[] }>; solos: string[] };
      assert.deepEqual(membership(incremental), [...expected.stories.map((s) => sorted(s.articles).join(' ')), ...expected.solos].sort());
      const snapshot = async () => {
        const store = await openStore(url, { mode: 'read' });
        try {
          const tables = {} as Record<string, unknown[]>;
          for (const t of ['actors', 'actor_keys', 'article_actors', 'stories', 'story_articles', 'claims', 'claim_statements', 'figures', 'figure_values', 'labels'] as const)
            tables[t] = (await store.db.selectFrom(t).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
          return tables;
        } finally {
          await store.close();
        }
      };
      const before = await snapshot();
      const r = await runCli(['resolve', '--db', url, '--rebuild']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(await stories(url), incremental);
      assert.deepEqual(await snapshot(), before);
      assert.ok(storyOf(incremental, 'incremental-5').articles.length === 3);
    });
  });
}
