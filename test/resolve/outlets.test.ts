import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listOutlets, readOutlet, type OutletProfile } from '../../src/resolve/read-outlets.js';
import type { ClaimView } from '../../src/resolve/read-claims.js';
import type { StoryView } from '../../src/resolve/read-stories.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { projectRoot } from '../../src/lexicons.js';
import { DIALECTS } from '../store/dialects.js';
import { runCli as runCliWith } from '../store/helpers.js';

// The real extractors, as in cli-queries.test.ts: the profile is tested on what attest reads.
const runCli = (args: string[]) => runCliWith(args, { env: { ATTEST_TEST_EXTRACTORS: '' } });
const fixtures = path.join(projectRoot(), 'test', 'fixtures', 'stories');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-outlets-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

interface Line { id: string; outlet: string | null; published: string; title: string; text: string }
const SETS = ['wire-relayed', 'corroborated', 'labels'];
// Written for this test (fictional): a second, later Northline Wire article on another subject, so one
// outlet has two articles and two stories, and an article with no outlet, which no profile may count.
const EXTRA: Line[] = [
  {
    id: 'outlets-extra-1', outlet: 'Northline Wire', published: '2025-08-20', title: 'Lumen Bay to shut Orrin Street ferry terminal for repairs - sources',
    text: "LUMEN BAY, Aug 20 (Northline Wire) - The Lumen Bay city council has decided to close the Orrin Street ferry terminal for six weeks of repairs, three people familiar with the decision said on Wednesday. The people, who asked not to be named because the decision has not been announced, said the terminal's pier had been found to be unsafe during an inspection in July. Deputy mayor Tilde Varno said the council would publish its plans next week. The ferry operator, Gullwing Lines, declined to comment.",
  },
  {
    id: 'outlets-nooutlet-1', outlet: null, published: '2025-08-21', title: 'Quarry road reopens in Pellin',
    text: 'PELLIN, Aug 21 - The road to the Pellin quarry reopened on Thursday after a landslide had blocked it for a week, a council spokeswoman said. Residents said the clean-up had gone faster than expected.',
  },
];
const extraFile = path.join(tmp, 'extra.jsonl');
fs.writeFileSync(extraFile, EXTRA.map((l) => JSON.stringify(l)).join('\n') + '\n');
const LINES: Line[] = [
  ...SETS.flatMap((set) => fs.readFileSync(path.join(fixtures, `${set}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line)),
  ...EXTRA,
];
const OUTLETS = [...new Set(LINES.flatMap((l) => (l.outlet == null ? [] : [l.outlet])))];
const linesOf = (outlet: string) => LINES.filter((l) => l.outlet === outlet);

async function json<T>(args: string[]): Promise<T> {
  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
}
interface RecordStatement { source: string; source_kind: string; source_count: number | null; stance: string }
interface LabelRow { actor_id: string | null; actor_name: string; outlet: string | null; article: string; label: string }
const tally = (xs: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
};
const sortedKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

for (const dialect of DIALECTS) {
  describe(`outlet profiles on ${dialect.name}`, { skip: dialect.skip }, () => {
    let drop: () => Promise<void> = async () => undefined;
    let store: Store | undefined;
    let db: Store['db'];
    let url = '';
    // What the CLI says about the same store, read independently of read-outlets.ts.
    let stories: StoryView[] = [];
    let claims: ClaimView[] = [];
    let labelRows: LabelRow[] = [];
    const statementsOf = new Map<string, RecordStatement[]>();
    before(async () => {
      const fresh = await dialect.fresh();
      drop = fresh.drop;
      url = fresh.url;
      const r = await runCli(['ingest', '--db', fresh.url, '--workers', '1', ...SETS.map((s) => path.join(fixtures, `${s}.jsonl`)), extraFile]);
      assert.equal(r.code, 0, r.stderr);
      stories = (await json<{ stories: StoryView[] }>(['stories', '--db', fresh.url, '--json'])).stories;
      claims = (await json<{ claims: ClaimView[] }>(['claims', '--db', fresh.url, '--json'])).claims;
      const l = await runCli(['export', '--db', fresh.url, '--what', 'labels']);
      assert.equal(l.code, 0, l.stderr);
      labelRows = l.stdout.trimEnd().split('\n').filter(Boolean).map((x) => JSON.parse(x) as LabelRow);
      for (const line of LINES) statementsOf.set(line.id, (await json<{ statements: RecordStatement[] }>(['article', line.id, '--db', fresh.url, '--json'])).statements);
      store = await openStore(fresh.url, { mode: 'read' });
      db = store.db;
    });
    after(async () => {
      await store?.close();
      await drop();
    });

    const roleOf = (article: string) => stories.find((s) => article in s.roles)?.roles[article];
    const statementsOfOutlet = (outlet: string) => linesOf(outlet).flatMap((l) => statementsOf.get(l.id)!);
    const anonymousOf = (outlet: string) => statementsOfOutlet(outlet).filter((s) => s.source_kind === 'anonymous');
    const profile = async (outlet: string) => {
      const p = await readOutlet(db, outlet);
      assert.ok(p, `no profile for ${outlet}`);
      return p;
    };

    test('listOutlets: every named outlet once, most articles first, counts as the CLI reports them', async () => {
      const list = await listOutlets(db);
      // Northline Wire has two articles; the rest one each, by name. The article with no outlet is left out.
      const rest = OUTLETS.filter((o) => o !== 'Northline Wire').sort((a, b) => (a < b ? -1 : 1));
      assert.deepEqual(list.map((o) => o.outlet), ['Northline Wire', ...rest]);
      assert.equal(list.reduce((n, o) => n + o.articles, 0), LINES.length - 1);
      for (const o of list) {
        const lines = linesOf(o.outlet);
        const dates = lines.map((l) => l.published).sort();
        const all = statementsOfOutlet(o.outlet);
        const roles = tally(lines.map((l) => roleOf(l.id) ?? 'none'));
        assert.deepEqual(o, {
          outlet: o.outlet, articles: lines.length, first_published: dates[0], last_published: dates.at(-1),
          statements: all.length, anonymous_share: all.length ? anonymousOf(o.outlet).length / all.length : 0,
          origin: roles['origin'] ?? 0, relay: roles['relay'] ?? 0, independent: roles['independent'] ?? 0,
        }, o.outlet);
      }
      const northline = list[0]!;
      assert.equal(northline.origin, 1, 'the wire broke the Corvel story (README: origin Northline Wire)');
      for (const relay of ['The Kaldora Ledger', 'Eastmark Daily', 'Radio Veska Online'])
        assert.equal(list.find((o) => o.outlet === relay)?.relay, 1, `${relay} relays the wire`);
      assert.equal(list.find((o) => o.outlet === 'Harbour Gazette')?.independent, 1, 'the Gazette confirmed through its own source');
    });

    test('readOutlet: articles, newest first, and dates', async () => {
      const p = await profile('Northline Wire');
      assert.equal(p.articles, 2);
      assert.equal(p.first_published, '2025-05-04');
      assert.equal(p.last_published, '2025-08-20');
      assert.deepEqual(p.recent, [
        { id: 'outlets-extra-1', input_id: 'outlets-extra-1', title: EXTRA[0]!.title, published: '2025-08-20' },
        { id: 'wire-relayed-1', input_id: 'wire-relayed-1', title: linesOf('Northline Wire')[0]!.title, published: '2025-05-04' },
      ]);
    });

    test('readOutlet: statements by kind and stance, anonymous ones by source count', async () => {
      for (const outlet of OUTLETS) {
        const p = await profile(outlet);
        const all = statementsOfOutlet(outlet);
        const anon = anonymousOf(outlet);
        assert.equal(p.statements.total, all.length, outlet);
        assert.deepEqual(sortedKeys(p.statements.by_source_kind), sortedKeys(tally(all.map((s) => s.source_kind))), outlet);
        assert.deepEqual(sortedKeys(p.statements.by_stance), sortedKeys(tally(all.map((s) => s.stance))), outlet);
        assert.equal(p.statements.anonymous, anon.length, outlet);
        assert.equal(p.statements.anonymous_share, all.length ? anon.length / all.length : 0, outlet);
        assert.deepEqual(p.statements.anonymous_source_count, tally(anon.map((s) => (s.source_count == null ? 'unknown' : String(s.source_count)))), outlet);
      }
      // From the texts: the scoop rests on "two people familiar with the matter" (then "the people" twice
      // and "One of the people"), the ferry piece on "three people familiar with the decision" and "The people".
      const p = await profile('Northline Wire');
      assert.equal(p.statements.anonymous, 6);
      assert.ok(anonymousOf('Northline Wire').every((s) => /people/i.test(s.source)), JSON.stringify(anonymousOf('Northline Wire')));
      assert.ok(p.statements.anonymous_source_count['2']! >= 1 && p.statements.anonymous_source_count['3']! >= 1, JSON.stringify(p.statements));
      assert.equal(Object.values(p.statements.anonymous_source_count).reduce((a, b) => a + b, 0), 6);
      // Bare plurals ("Residents reached by phone") say no number.
      assert.ok((await profile('Highland Broadcast')).statements.anonymous_source_count['unknown']! >= 1);
      // The Tamrin Observer quotes a named councillor only.
      assert.equal((await profile('The Tamrin Observer')).statements.anonymous, 0);
    });

    test('readOutlet: roles and stories as attest stories reports them', async () => {
      for (const outlet of OUTLETS) {
        const p = await profile(outlet);
        const ids = linesOf(outlet).map((l) => l.id);
        const roles = tally(ids.map((id) => roleOf(id)!));
        assert.deepEqual(p.roles, { origin: roles['origin'] ?? 0, relay: roles['relay'] ?? 0, independent: roles['independent'] ?? 0 }, outlet);
        const mine = stories.filter((s) => ids.some((id) => id in s.roles));
        assert.equal(p.story_count, mine.length, outlet);
        assert.deepEqual(p.stories.map((s) => s.id), mine.map((s) => s.id), `${outlet}: newest story first, as attest stories`);
        for (const s of p.stories) {
          const view = mine.find((x) => x.id === s.id)!;
          assert.equal(s.title, view.title);
          assert.deepEqual(s.articles, view.articles.filter((a) => ids.includes(a)));
          assert.ok(s.articles.every((a) => view.roles[a] !== undefined) && s.articles.some((a) => view.roles[a] === s.role), JSON.stringify(s));
        }
      }
      const wire = await profile('Northline Wire');
      const corvel = wire.stories.find((s) => s.articles.includes('wire-relayed-1'));
      assert.equal(corvel?.role, 'origin');
      assert.equal(wire.stories.length, 2, 'the ferry piece is a story of its own');
      assert.deepEqual((await profile('Tessaly Courier')).roles, { origin: 1, relay: 0, independent: 0 });
    });

    test('readOutlet: the claims its statements carried, by final status', async () => {
      for (const outlet of OUTLETS) {
        const p = await profile(outlet);
        const carried = claims.filter((c) => [...c.supporting, ...c.contradicting].some((s) => s.outlet === outlet));
        const byStatus = tally(carried.map((c) => c.status));
        assert.deepEqual(p.claims, {
          total: carried.length,
          by_status: { corroborated: byStatus['corroborated'] ?? 0, 'single-source': byStatus['single-source'] ?? 0, contested: byStatus['contested'] ?? 0 },
          contradicted: carried.filter((c) => c.contradicting.some((s) => s.outlet === outlet)).length,
        }, outlet);
      }
      // README: the wire scoop's core claims are single-source; the harbourmaster's detention is corroborated by the Gazette.
      assert.ok((await profile('Northline Wire')).claims.by_status['single-source']! >= 1);
      assert.ok((await profile('Tessaly Courier')).claims.by_status['corroborated']! >= 1);
      assert.ok((await profile('Harbour Gazette')).claims.by_status['corroborated']! >= 1);
    });

    test('readOutlet: a claim two of its statements carry is one claim', async () => {
      const before = (await profile('Northline Wire')).claims;
      const core = claims.find((c) => c.supporting.some((s) => s.article === 'wire-relayed-1'));
      assert.ok(core, 'the scoop carries the core claim');
      const used = new Set(core.supporting.filter((s) => s.article === 'wire-relayed-1').map((s) => s.seq));
      const seq = statementsOf.get('wire-relayed-1')!.findIndex((_, i) => !used.has(i));
      // A second statement of the same article joins the claim, as when a lead and a later quote match it.
      const writer = await openStore(url, { mode: 'write' });
      const row = { claim_id: core.id, article_id: 'wire-relayed-1', statement_seq: seq, role: 'echo', chain: 'test', rule: 'test' };
      try {
        await writer.db.insertInto('claim_statements').values(row).execute();
        assert.deepEqual((await profile('Northline Wire')).claims, before);
      } finally {
        await writer.db.deleteFrom('claim_statements').where('claim_id', '=', row.claim_id).where('article_id', '=', row.article_id)
          .where('statement_seq', '=', row.statement_seq).execute();
        await writer.close();
      }
    });

    test('readOutlet: labels per actor beside the other outlets\' labels for it', async () => {
      const uses = (rows: LabelRow[]) => Object.entries(tally(rows.map((r) => r.label))).map(([label, n]) => ({ label, uses: n }))
        .sort((a, b) => b.uses - a.uses || (a.label < b.label ? -1 : 1));
      for (const outlet of OUTLETS) {
        const p = await profile(outlet);
        const own = labelRows.filter((r) => r.outlet === outlet);
        const actors = [...new Set(own.map((r) => r.actor_id ?? `name:${r.actor_name}`))];
        assert.deepEqual(p.labels.map((a) => a.actor_id ?? `name:${a.actor}`).sort(), actors.sort(), outlet);
        for (const a of p.labels) {
          const same = (r: LabelRow) => (a.actor_id != null ? r.actor_id === a.actor_id : r.actor_id == null && r.actor_name === a.actor);
          assert.deepEqual(a.labels, uses(own.filter(same)), `${outlet} ${a.actor}`);
          const others = labelRows.filter((r) => same(r) && r.outlet != null && r.outlet !== outlet);
          assert.deepEqual(a.others, [...new Set(others.map((r) => r.outlet!))].sort().map((o) => ({ outlet: o, labels: uses(others.filter((r) => r.outlet === o)) })), `${outlet} ${a.actor}`);
        }
      }
      // From the texts (README, labels set): each outlet names the Ashfall Brigade in its own words.
      const brigade = (p: OutletProfile) => p.labels.find((a) => a.actor === 'Ashfall Brigade');
      const highland = brigade(await profile('Highland Broadcast'));
      assert.ok(highland, 'Highland Broadcast labels the Ashfall Brigade');
      assert.deepEqual(highland.labels.map((l) => l.label).sort(), ['armed movement', 'insurgents']);
      assert.deepEqual(highland.others.map((o) => [o.outlet, o.labels.map((l) => l.label)]), [['Pennant News Service', ['separatist militia']], ['The Tamrin Observer', ['rebels']]]);
      const observer = brigade(await profile('The Tamrin Observer'));
      assert.deepEqual(observer?.labels.map((l) => l.label), ['rebels']);
      assert.ok(observer.others.some((o) => o.outlet === 'Highland Broadcast' && o.labels.some((l) => l.label === 'insurgents')), JSON.stringify(observer));
      assert.deepEqual((await profile('Northline Wire')).labels, []);
    });

    test('readOutlet: an unknown outlet, or one spelled differently, gives undefined', async () => {
      assert.equal(await readOutlet(db, 'No Such Outlet'), undefined);
      assert.equal(await readOutlet(db, 'northline wire'), undefined);
      assert.equal(await readOutlet(db, ''), undefined);
    });
  });
}
