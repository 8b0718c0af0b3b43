import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import graphology, { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import type { GraphConstructor } from 'graphology-types';
import { serializeGraph, type ActorNode, type RelationEdge } from '../../src/resolve/actor-graph.js';
import { EXPORT_COLUMNS, formatRows } from '../../src/resolve/export-rows.js';
import type { ActorSummary, ActorView } from '../../src/resolve/read-actors.js';
import type { ClaimView } from '../../src/resolve/read-claims.js';
import type { StoryView } from '../../src/resolve/read-stories.js';
import type { TimelineEntry } from '../../src/resolve/read-timeline.js';
import type { OverrideOutcome } from '../../src/resolve/record-override.js';
import { openStore } from '../../src/store/open-store.js';
import { projectRoot } from '../../src/lexicons.js';
import { DIALECTS } from '../store/dialects.js';
import { runCli as runCliWith } from '../store/helpers.js';

// The real extractors, as in stories.test.ts: these commands are tested on what attest reads.
const runCli = (args: string[]) => runCliWith(args, { env: { ATTEST_TEST_EXTRACTORS: '' } });
const fixtures = path.join(projectRoot(), 'test', 'fixtures', 'stories');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-queries-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const fixtureLines = (set: string) =>
  fs.readFileSync(path.join(fixtures, `${set}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const textOf = (set: string, id: string) => fixtureLines(set).find((a) => a.id === id)!.text;

async function json<T>(args: string[]): Promise<T> {
  const r = await runCli(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
}
/** Exit `code` and a message on stderr that matches `message`. */
async function fails(code: number, args: string[], message: RegExp): Promise<void> {
  const r = await runCli(args);
  assert.equal(r.code, code, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
  assert.match(r.stderr, message);
}
/** A bad argument: exit 2. */
const refused = (args: string[], message: RegExp) => fails(2, args, message);

/** RFC 4180 records (quoted cells, doubled quotes, newlines inside quotes): enough to read our CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  for (let i = 0, quoted = false; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

const holloways = (actors: readonly ActorSummary[]) => actors.filter((a) => a.aliases.some((x) => /Holloway/.test(x.alias)));
const aliasesOf = (a: ActorSummary | undefined) => (a?.aliases ?? []).map((x) => x.alias).sort();

// graphology's types describe its CommonJS build; Node loads its ES module, whose default export is Graph.
const Graph = graphology as unknown as GraphConstructor;
type GraphExport = ReturnType<MultiDirectedGraph<ActorNode, RelationEdge>['export']>;

for (const dialect of DIALECTS) {
  describe(`query commands on ${dialect.name}`, { skip: dialect.skip }, () => {
    const drops: Array<() => Promise<void>> = [];
    after(async () => {
      for (const d of drops) await d();
    });
    const ingest = async (set: string) => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      const r = await runCli(['ingest', '--db', url, '--workers', '1', path.join(fixtures, `${set}.jsonl`)]);
      assert.equal(r.code, 0, r.stderr);
      return url;
    };
    // One store per fixture set for the tests that only read it; the corrections get stores of their own.
    const shared = new Map<string, Promise<string>>();
    const readOnly = (set: string) => shared.get(set) ?? shared.set(set, ingest(set)).get(set)!;
    const actorsOf = async (url: string, ...args: string[]) => (await json<{ actors: ActorSummary[] }>(['actors', '--db', url, '--json', ...args])).actors;
    const storiesOf = async (url: string) => (await json<{ stories: StoryView[] }>(['stories', '--db', url, '--json'])).stories;
    /** Re-runs the extractors on every article (as after an extractor upgrade): each is re-resolved on its own. */
    const reanalyzeAll = async (url: string) => {
      const store = await openStore(url, { mode: 'write' });
      try {
        await store.db.updateTable('articles').set({ versions: '{}' }).execute();
      } finally {
        await store.close();
      }
      const r = await runCli(['reanalyze', '--db', url, '--workers', '1']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /reanalyzed 3,/);
    };

    test('actors: the two Holloways are two actors, each with its names per outlet; filters', async () => {
      const url = await readOnly('same-surname');
      const all = await actorsOf(url);
      const two = holloways(all);
      assert.deepEqual(two.map((a) => a.id).sort(), ['daniel-holloway', 'petra-holloway'], JSON.stringify(two));
      const petra = two.find((a) => a.id === 'petra-holloway')!;
      assert.equal(petra.type, 'PERSON');
      assert.equal(petra.article_count, 2);
      assert.deepEqual(petra.aliases.find((x) => x.alias === 'Petra Holloway')?.outlets.sort(), ['Restova Times', 'Valdoria Press Service']);
      assert.ok(!aliasesOf(petra).includes('Daniel Holloway'));
      const daniel = two.find((a) => a.id === 'daniel-holloway')!;
      assert.deepEqual(daniel.aliases.find((x) => x.alias === 'Daniel Holloway')?.outlets.sort(), ['Civic Radio', 'Valdoria Press Service']);

      const people = await actorsOf(url, '--type', 'person', '--min-articles', '2');
      assert.ok(people.length >= 2 && people.every((a) => a.type === 'PERSON' && a.article_count >= 2), JSON.stringify(people));
      assert.ok(all.some((a) => a.article_count === 1) && all.some((a) => a.type !== 'PERSON'), 'the filters left something out');
      assert.deepEqual((await actorsOf(url, '--find', 'holloway')).map((a) => a.id).sort(), ['daniel-holloway', 'petra-holloway']);
      assert.deepEqual((await actorsOf(url, '--find', 'PETRA HOLLOWAY')).map((a) => a.id), ['petra-holloway']);
      assert.deepEqual(await actorsOf(url, '--find', 'nobody at all'), []);

      const text = await runCli(['actors', '--db', url, '--type', 'PERSON']);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^petra-holloway {2}PERSON +2 article\(s\) {2}Petra Holloway {2}aliases: .*Petra Holloway \(Restova Times, Valdoria Press Service\)/m);
      assert.match(text.stderr, /^\d+ actors\n$/);
    });

    test('actor ID: names per outlet and article, stories, relations; an unknown id fails', async () => {
      const url = await readOnly('same-surname');
      const petra = await json<ActorView>(['actor', 'petra-holloway', '--db', url, '--json']);
      assert.equal(petra.name, 'Petra Holloway');
      assert.ok(petra.aliases.some((x) => x.alias === 'Petra Holloway' && x.outlet === 'Valdoria Press Service' && x.article === 'same-surname-2'), JSON.stringify(petra.aliases));
      assert.ok(!petra.aliases.some((x) => x.article === 'same-surname-3'), 'article 3 is about Daniel');
      assert.deepEqual(petra.stories.map((s) => s.articles), [['same-surname-1', 'same-surname-2']]);
      const rel = petra.relations.find((r) => r.predicate === 'member_of' && r.other?.id === 'valdoria');
      assert.ok(rel, JSON.stringify(petra.relations));
      assert.equal(rel.role, 'subject');
      assert.equal(textOf('same-surname', rel.article).slice(rel.start, rel.end), rel.text);

      const text = await runCli(['actor', 'petra-holloway', '--db', url]);
      assert.match(text.stdout, /^actor petra-holloway: Petra Holloway \(PERSON/);
      assert.match(text.stdout, /member_of Valdoria \[valdoria\]/);
      await fails(1, ['actor', 'holloway', '--db', url], /no actor "holloway"; by that name: .*daniel-holloway.*petra-holloway/);
    });

    test('actor ID: labels per outlet (labels set)', async () => {
      const url = await readOnly('labels');
      const [brigade] = await actorsOf(url, '--find', 'Ashfall Brigade');
      assert.ok(brigade);
      const view = await json<ActorView>(['actor', brigade.id, '--db', url, '--json']);
      const of = (outlet: string) => view.labels.find((l) => l.outlet === outlet)?.labels.map((l) => l.label).sort();
      assert.deepEqual(of('Pennant News Service'), ['separatist militia']);
      assert.deepEqual(of('The Tamrin Observer'), ['rebels']);
      assert.deepEqual(of('Highland Broadcast'), ['armed movement', 'insurgents']);
    });

    test('actors merge: the target keeps every name, through rebuild, reanalysis and a replaced article', async () => {
      const url = await ingest('same-surname');
      const actorsBefore = (await actorsOf(url)).length;
      // Daniel first appears in article 2, after Petra: the target is made before its own entity comes.
      const out = await json<OverrideOutcome>(['actors', 'merge', 'daniel-holloway', 'petra-holloway', '--db', url, '--json']);
      assert.equal(out.before.target?.article_count, 2);
      assert.equal(out.before.other?.article_count, 2);
      assert.equal(out.after.other, null);
      assert.deepEqual(out.after.target, { id: 'daniel-holloway', name: 'Daniel Holloway', article_count: 3 });
      assert.equal(out.after.actors, out.before.actors - 1);
      const merged = async () => {
        const all = await actorsOf(url);
        const [one, ...more] = holloways(all);
        assert.equal(more.length, 0, JSON.stringify(holloways(all)));
        assert.equal(one?.id, 'daniel-holloway');
        assert.equal(one.name, 'Daniel Holloway');
        assert.equal(one.article_count, 3);
        assert.deepEqual(aliasesOf(one), ['Daniel Holloway', 'Holloway', 'Petra Holloway']);
        assert.equal(all.length, actorsBefore - 1);
      };
      await merged();
      const rebuilt = await runCli(['resolve', '--rebuild', '--db', url]);
      assert.equal(rebuilt.code, 0, rebuilt.stderr);
      await merged();
      const view = await json<ActorView>(['actor', 'daniel-holloway', '--db', url, '--json']);
      assert.ok(view.relations.some((r) => r.predicate === 'member_of' && r.article === 'same-surname-1'), "Petra's relation came with her");
      await reanalyzeAll(url);
      await merged();
      const changed = fixtureLines('same-surname').find((a) => a.id === 'same-surname-1')!;
      const file = path.join(tmp, `replaced-${dialect.name}.jsonl`);
      fs.writeFileSync(file, JSON.stringify({ ...changed, outlet: 'Restova Times', published: '2025-03-12', text: `${changed.text} Holloway declined to comment further.` }) + '\n');
      const replaced = await runCli(['ingest', '--db', url, '--workers', '1', '--on-conflict', 'replace', file]);
      assert.equal(replaced.code, 0, replaced.stderr);
      assert.match(replaced.stderr, /replaced 1/);
      await merged();

      const text = await runCli(['actors', 'merge', 'daniel-holloway', 'restova', '--db', url]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^merged restova \(RESTOVA, 3 articles\) into daniel-holloway \(Daniel Holloway, 3 articles\)\n {2}now: daniel-holloway \(Daniel Holloway, 3 articles\); restova is gone\n {2}actors \d+ → \d+, stories \d+ → \d+ \(3 articles resolved again\)\n$/);
    });

    test('actors split: the alias goes to an actor of its own and stays there through rebuild and reanalysis', async () => {
      const url = await ingest('same-surname');
      // The press service that names itself in article 2 was linked to Valdoria by its short form.
      const before = (await actorsOf(url, '--find', 'valdoria')).find((a) => a.id === 'valdoria');
      assert.ok(aliasesOf(before).includes('Valdoria Press Service'), JSON.stringify(before));
      const out = await json<OverrideOutcome>(['actors', 'split', 'valdoria', 'Valdoria Press Service', '--db', url, '--json']);
      assert.equal(out.before.target?.article_count, 2);
      assert.equal(out.after.target?.article_count, 1);
      assert.deepEqual(out.after.alias_now.map((h) => [h.id, h.articles]), [['valdoria-press-service', ['same-surname-2']]]);
      assert.equal(out.after.actors, out.before.actors + 1);
      const split = async () => {
        const valdoria = (await actorsOf(url, '--find', 'valdoria')).find((a) => a.id === 'valdoria');
        assert.deepEqual(aliasesOf(valdoria), ['Valdoria'], JSON.stringify(valdoria));
        assert.equal(valdoria?.article_count, 1);
        const service = await actorsOf(url, '--find', 'Valdoria Press Service');
        assert.deepEqual(service.map((a) => [a.id, a.name, a.article_count]), [['valdoria-press-service', 'Valdoria Press Service', 1]]);
        assert.deepEqual(service[0]!.aliases.find((x) => x.alias === 'Valdoria Press Service')?.outlets, ['Valdoria Press Service']);
      };
      await split();
      const rebuilt = await runCli(['resolve', '--rebuild', '--db', url]);
      assert.equal(rebuilt.code, 0, rebuilt.stderr);
      await split();
      await reanalyzeAll(url);
      await split();
      // Merging the actor it was split off into another does not undo the split.
      const merge = await runCli(['actors', 'merge', 'valdoria-2', 'valdoria', '--db', url]);
      assert.equal(merge.code, 0, merge.stderr);
      assert.deepEqual((await actorsOf(url, '--find', 'Valdoria Press Service')).map((a) => a.id), ['valdoria-press-service']);
      // The two Holloways are untouched by it.
      assert.deepEqual(holloways(await actorsOf(url)).map((a) => a.id).sort(), ['daniel-holloway', 'petra-holloway']);

      const text = await runCli(['actors', 'split', 'petra-holloway', 'Holloway', '--db', url]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^split «Holloway» off petra-holloway \(Petra Holloway, 2 articles\)\n {2}now: petra-holloway \(Petra Holloway, 1 article\)\n {2}«Holloway» now on petra-holloway-2 \(Petra Holloway, 1 article\) in same-surname-1\n/);
    });

    test('actors merge and split refuse what the store does not have (exit 2)', async () => {
      const url = await readOnly('same-surname');
      await refused(['actors', 'merge', 'petra-holloway', 'nobody', '--db', url], /^attest: no actor "nobody" \(use an actor id from attest actors\)\n$/);
      await refused(['actors', 'merge', 'nobody', 'petra-holloway', '--db', url], /no actor "nobody"/);
      await refused(['actors', 'merge', 'petra-holloway', 'petra-holloway', '--db', url], /cannot merge "petra-holloway" into itself/);
      await refused(['actors', 'split', 'petra-holloway', 'Daniel Holloway', '--db', url], /"Daniel Holloway" is not an alias of petra-holloway; its aliases: "Holloway", "Petra Holloway"/);
      await refused(['actors', 'split', 'petra-holloway', 'Petra Holloway', '--db', url], /own name/);
      await refused(['actors', 'split', 'nobody', 'Holloway', '--db', url], /no actor "nobody"/);
      await refused(['actors', '--min-articles', '0', '--db', url], /--min-articles expects a whole number/);
      const store = await openStore(url, { mode: 'read' });
      try {
        assert.deepEqual(await store.db.selectFrom('actor_overrides').selectAll().execute(), [], 'nothing refused was recorded');
      } finally {
        await store.close();
      }
    });

    test('claims: status filter, story filter, supporting and contradicting statements', async () => {
      const url = await readOnly('denial');
      const all = (await json<{ claims: ClaimView[] }>(['claims', '--db', url, '--json'])).claims;
      assert.ok(new Set(all.map((c) => c.status)).size >= 2, `the set has claims of more than one status: ${JSON.stringify(all.map((c) => c.status))}`);
      const contested = (await json<{ claims: ClaimView[] }>(['claims', '--db', url, '--json', '--status', 'contested'])).claims;
      assert.deepEqual(contested.map((c) => c.id), all.filter((c) => c.status === 'contested').map((c) => c.id));
      const drones = contested.find((c) => /drones/.test(c.summary));
      assert.ok(drones, JSON.stringify(contested.map((c) => c.summary)));
      assert.ok(drones.contradicting.length > 0 && drones.contradicting.every((s) => s.role === 'contradicts'));
      assert.ok(drones.contradicting.some((s) => s.stance === 'deny'));
      assert.ok(drones.supporting.some((s) => s.article === 'denial-1' && s.role === 'origin' && s.chain));
      for (const s of [...drones.supporting, ...drones.contradicting]) assert.equal(textOf('denial', s.article).slice(s.start, s.end).includes(s.content), true);
      const corroborated = (await json<{ claims: ClaimView[] }>(['claims', '--db', url, '--json', '--status', 'corroborated'])).claims;
      assert.ok(corroborated.every((c) => c.status === 'corroborated' && c.chains >= 2 && c.contradicting.length === 0));

      const [story] = await storiesOf(url);
      const ofStory = (await json<{ claims: ClaimView[] }>(['claims', '--db', url, '--json', '--story', story!.id])).claims;
      assert.deepEqual(ofStory.map((c) => c.id).sort(), all.filter((c) => c.story_id === story!.id).map((c) => c.id).sort());
      const text = await runCli(['claims', '--db', url, '--status', 'contested']);
      assert.match(text.stdout, /^\[contested, 1 chain\] .*drones/m);
      assert.match(text.stdout, /^ {4}contradicting:\n {6}contradicts denial-\d \(/m);
      await refused(['claims', '--db', url, '--status', 'disputed'], /--status expects corroborated, single-source, contested, got "disputed"/);
      await fails(1, ['claims', '--db', url, '--story', 'no-such-story'], /no story "no-such-story"/);
    });

    test('timeline: a story and an actor in time order, times normalised', async () => {
      const url = await readOnly('same-surname');
      const story = (await storiesOf(url)).find((s) => s.articles.includes('same-surname-1'))!;
      const { entries } = await json<{ entries: TimelineEntry[] }>(['timeline', '--story', story.id, '--db', url, '--json']);
      for (let i = 1; i < entries.length; i++) assert.ok(entries[i - 1]!.sort_date <= entries[i]!.sort_date, `out of order at ${i}`);
      assert.deepEqual(entries.filter((e) => e.kind === 'published').map((e) => e.article), ['same-surname-1', 'same-surname-2']);
      assert.ok(entries.every((e) => story.articles.includes(e.article)));
      const vote = entries.find((e) => e.kind === 'time' && e.article === 'same-surname-1' && e.date === '2025-03-27');
      assert.ok(vote && vote.kind === 'time' && /March 27/.test(vote.text) && /vote/.test(vote.sentence), JSON.stringify(vote));
      const lastYear = entries.find((e) => e.kind === 'time' && e.text === 'last year');
      assert.equal(lastYear?.date, '2024');
      assert.ok(entries.indexOf(lastYear!) < entries.findIndex((e) => e.kind === 'published'), 'last year comes before the articles');
      assert.ok(entries.some((e) => e.kind === 'statement' && e.source.includes('Holloway')));

      const daniel = (await json<{ entries: TimelineEntry[] }>(['timeline', '--actor', 'daniel-holloway', '--db', url, '--json'])).entries;
      assert.ok(daniel.length > 0 && daniel.every((e) => e.article === 'same-surname-2' || e.article === 'same-surname-3'), JSON.stringify(daniel.map((e) => e.article)));
      assert.ok(daniel.some((e) => e.kind === 'statement' && e.source === 'Daniel Holloway'));
      const text = await runCli(['timeline', '--actor', 'daniel-holloway', '--db', url]);
      assert.match(text.stdout, /^2025-04 +time +same-surname-3 \(Civic Radio\): «in April»/m);
      await refused(['timeline', '--db', url], /timeline expects --story ID or --actor ID/);
      await fails(1, ['timeline', '--actor', 'nobody', '--db', url], /no actor/);
    });

    test('graph: json (graphology export) with weights and evidence; scoped by actor and story', async () => {
      const url = await readOnly('labels');
      const g = await json<GraphExport>(['graph', '--db', url]);
      assert.equal(g.options?.type, 'directed');
      const brigade = g.nodes.find((n) => n.attributes?.name === 'Ashfall Brigade');
      assert.ok(brigade, JSON.stringify(g.nodes));
      assert.equal(brigade.attributes?.article_count, 3);
      const leads = g.edges.find((e) => e.attributes?.predicate === 'leads' && e.target === brigade.key);
      assert.ok(leads, JSON.stringify(g.edges));
      assert.equal(g.nodes.find((n) => n.key === leads.source)?.attributes?.name, 'Darius Moll');
      assert.equal(leads.attributes?.weight, 3);
      assert.deepEqual(leads.attributes?.evidence.map((x) => x.article), ['labels-1', 'labels-2', 'labels-3']);
      for (const e of g.edges) {
        assert.equal(e.attributes?.weight, e.attributes?.evidence.length);
        for (const x of e.attributes!.evidence) assert.equal(textOf('labels', x.article).slice(x.start, x.end), x.text);
      }
      assert.equal(new Set(g.edges.map((e) => e.key)).size, g.edges.length, 'one edge per (subject, predicate, object)');

      const same = await readOnly('same-surname');
      const ego = await json<GraphExport>(['graph', '--db', same, '--actor', 'petra-holloway']);
      assert.deepEqual(ego.nodes.map((n) => n.key).sort(), ['petra-holloway', 'valdoria']);
      assert.deepEqual(ego.edges.map((e) => [e.key, e.attributes?.weight]), [['petra-holloway member_of valdoria', 1]]);
      const solo = (await storiesOf(same)).find((s) => s.articles.includes('same-surname-3'))!;
      const ofStory = await json<GraphExport>(['graph', '--db', same, '--story', solo.id]);
      const keys = ofStory.nodes.map((n) => n.key);
      assert.ok(keys.includes('daniel-holloway') && keys.includes('ingrid-sahl') && !keys.includes('petra-holloway'), JSON.stringify(keys));
      assert.ok(ofStory.edges.some((e) => e.key === 'daniel-holloway member_of labour-union'));
      assert.ok(ofStory.edges.every((e) => e.attributes!.evidence.every((x) => x.article === 'same-surname-3')));
      await refused(['graph', '--db', url, '--format', 'dot'], /--format expects json, gexf, graphml, got "dot"/);
      await fails(1, ['graph', '--db', url, '--story', 'nope'], /no story "nope"/);
    });

    test('graph: GEXF and GraphML parse back with the same nodes, weights and evidence', async () => {
      const url = await readOnly('labels');
      const g = await json<GraphExport>(['graph', '--db', url]);
      const file = path.join(tmp, `graph-${dialect.name}.gexf`);
      const r = await runCli(['graph', '--db', url, '--format', 'gexf', '--out', file]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /actor\(s\), \d+ edge\(s\) written to /);
      const gexfText = fs.readFileSync(file, 'utf8');
      assert.match(gexfText, /^<\?xml[^>]*\?>\s*<gexf /);
      const gml = await runCli(['graph', '--db', url, '--format', 'graphml']);
      assert.equal(gml.code, 0, gml.stderr);
      assert.match(gml.stdout, /<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
      for (const [format, parsed] of [['gexf', gexf.parse(Graph, gexfText)], ['graphml', graphml.parse(Graph, gml.stdout)]] as const) {
        assert.equal(parsed.order, g.nodes.length, format);
        assert.equal(parsed.size, g.edges.length, format);
        for (const n of g.nodes) {
          assert.equal(parsed.getNodeAttribute(n.key, 'label'), n.attributes?.name, `${format} ${n.key}`);
          assert.equal(parsed.getNodeAttribute(n.key, 'type'), n.attributes?.type);
          assert.equal(Number(parsed.getNodeAttribute(n.key, 'article_count')), n.attributes?.article_count);
        }
        for (const e of g.edges) {
          assert.equal(parsed.source(e.key), e.source, `${format} ${e.key}`);
          assert.equal(parsed.target(e.key), e.target);
          assert.equal(Number(parsed.getEdgeAttribute(e.key, 'weight')), e.attributes?.weight);
          assert.deepEqual(JSON.parse(parsed.getEdgeAttribute(e.key, 'evidence') as string), e.attributes?.evidence);
        }
      }
      assert.ok(gexfText.includes('label="Ashfall Brigade"') && gml.stdout.includes('>Darius Moll</data>'));
    });

    test('export: CSV with a header and one row per story; JSONL rows with the same columns', async () => {
      const url = await readOnly('same-surname');
      const stories = await storiesOf(url);
      const r = await runCli(['export', '--db', url, '--format', 'csv', '--what', 'stories']);
      assert.equal(r.code, 0, r.stderr);
      const [header, ...rows] = parseCsv(r.stdout);
      assert.deepEqual(header, [...EXPORT_COLUMNS.stories]);
      assert.equal(rows.length, stories.length);
      const col = (name: string) => header!.indexOf(name);
      assert.deepEqual(rows.map((x) => x[col('id')]).sort(), stories.map((s) => s.id).sort());
      for (const row of rows) {
        assert.equal(row.length, header!.length);
        const s = stories.find((x) => x.id === row[col('id')])!;
        assert.equal(row[col('title')], s.title);
        assert.deepEqual(JSON.parse(row[col('articles')]!), s.articles);
        assert.equal(Number(row[col('claims')]), s.claims.length);
      }

      const actorsFile = path.join(tmp, `actors-${dialect.name}.jsonl`);
      const a = await runCli(['export', '--db', url, '--what', 'actors', '--out', actorsFile]);
      assert.equal(a.code, 0, a.stderr);
      const lines = fs.readFileSync(actorsFile, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(lines.length, (await actorsOf(url)).length);
      for (const l of lines) assert.deepEqual(Object.keys(l), [...EXPORT_COLUMNS.actors]);
      assert.deepEqual(lines.find((l) => l['id'] === 'petra-holloway')?.['aliases'], ['Holloway', 'Petra Holloway']);

      await refused(['export', '--db', url, '--format', 'xlsx'], /--format expects jsonl, csv, got "xlsx"/);
      await refused(['export', '--db', url, '--what', 'people'], /--what expects stories, claims, actors, labels, figures, got "people"/);
    });

    test('export: labels, figures and claims rows', async () => {
      const labels = await readOnly('labels');
      const l = await runCli(['export', '--db', labels, '--what', 'labels', '--format', 'csv']);
      const [header, ...rows] = parseCsv(l.stdout);
      const get = (row: string[], name: string) => row[header!.indexOf(name)]!;
      assert.deepEqual(rows.filter((x) => get(x, 'actor_name') === 'Ashfall Brigade').map((x) => `${get(x, 'outlet')}: ${get(x, 'label')}`).sort(),
        ['Highland Broadcast: armed movement', 'Highland Broadcast: insurgents', 'Pennant News Service: separatist militia', 'The Tamrin Observer: rebels']);
      for (const x of rows) assert.equal(textOf('labels', get(x, 'article')).slice(Number(get(x, 'start')), Number(get(x, 'end'))).toLowerCase(), get(x, 'label').toLowerCase());

      const figures = await readOnly('figures');
      const f = await runCli(['export', '--db', figures, '--what', 'figures']);
      const values = f.stdout.trimEnd().split('\n').map((x) => JSON.parse(x) as { article: string; text: string; source: string | null });
      assert.deepEqual(values.map((v) => `${v.article}: ${v.text}`).sort(), ['figures-1: At least 40 people', 'figures-2: 12 people', 'figures-3: at least 40 people']);
      assert.ok(values.every((v) => v.source));

      const denial = await readOnly('denial');
      const c = await runCli(['export', '--db', denial, '--what', 'claims']);
      const claims = c.stdout.trimEnd().split('\n').map((x) => JSON.parse(x) as { status: string; summary: string; contradicted_in: string[] });
      const drones = claims.find((x) => /drones/.test(x.summary));
      assert.equal(drones?.status, 'contested');
      assert.ok(drones.contradicted_in.length > 0);
    });
  });
}

describe('serializers on hostile text', () => {
  test('XML formats escape markup and carry no character XML cannot hold', () => {
    const g = new MultiDirectedGraph<ActorNode, RelationEdge>();
    g.addNode('a', { name: 'A & <B> "C" \u0001\u202e', type: 'ORG', article_count: 1 });
    g.addNode('b', { name: "B's", type: 'PERSON', article_count: 2 });
    g.addDirectedEdgeWithKey('b leads a', 'b', 'a', { predicate: 'leads', weight: 1, evidence: [{ article: 'x\u0000', text: '</data>&', start: 0, end: 8, rule: 'r' }] });
    for (const [format, parse] of [['gexf', gexf.parse], ['graphml', graphml.parse]] as const) {
      const text = serializeGraph(g, format);
      assert.ok(!/[\u0000-\u0008]/.test(text), format);
      const back = parse(Graph, text);
      assert.equal(back.getNodeAttribute('a', 'label'), 'A & <B> "C" \\u0001\u202e', format);
      assert.equal(back.getNodeAttribute('b', 'label'), "B's");
      // JSON escapes what XML cannot hold, so evidence comes back exactly.
      assert.deepEqual(JSON.parse(back.getEdgeAttribute('b leads a', 'evidence') as string), [{ article: 'x\u0000', text: '</data>&', start: 0, end: 8, rule: 'r' }]);
    }
  });

  test('CSV: quoting, JSON lists in one cell, formulas defused', () => {
    const csv = formatRows([{ story_id: 's', actor_id: null, actor_name: '=HYPERLINK("x")', outlet: 'a, "b"\nc', article: '@x', label: '+1', start: -1, end: 2, rule: 'r' }], 'labels', 'csv');
    const [header, row] = parseCsv(csv);
    assert.deepEqual(header, [...EXPORT_COLUMNS.labels]);
    assert.deepEqual(row, ['s', '', `'=HYPERLINK("x")`, 'a, "b"\nc', "'@x", "'+1", '-1', '2', 'r']);
  });
});
