import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeStory, comparedArticles, MAX_COMPARED } from '../../src/resolve/analyze-story.js';
import { ownSourcesOnCore } from '../../src/resolve/trace-provenance.js';
import { compareFigures } from '../../src/resolve/compare-figures.js';
import { claimWords, parentBodies } from '../../src/resolve/match-claims.js';
import type { ActorRef, ResolvedArticle } from '../../src/resolve/story-input.js';
import { actorSlug } from '../../src/resolve/actor-keys.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import { toRecord } from '../../src/model/record.js';

// The story passes on articles analysed by the real pipeline; actors are linked by folded name, as
// link-actors.ts does for names that match exactly (enough for these short fictional articles).
const pipeline = createPipeline();
function article(id: string, outlet: string, published: string, text: string): ResolvedArticle {
  const record = toRecord(pipeline.analyze({ id, outlet, published, text, title: null, url: null, origin: { file: 'test', line: null, format: 'text' } }));
  const actors = new Map<string, ActorRef>();
  for (const e of record.entities) actors.set(e.id, { id: actorSlug(e.name), name: e.name, type: e.type });
  return { record, actors };
}

test('a count given with its verb before ("killed 12 people") meets one with its verb after ("40 people were killed")', () => {
  const figures = compareFigures([
    article('f1', 'Lowland Wire', '2025-02-03', 'ORVAL, Feb 3 (Lowland Wire) - At least 40 people were killed when a dam burst near Orval on Monday, the regional governor said.'),
    article('f2', 'Orval Daily', '2025-02-03', 'ORVAL, Feb 3 - The dam failure near Orval on Monday killed 12 people and injured 30, the health ministry said in a statement.'),
  ]);
  assert.equal(figures.length, 1, JSON.stringify(figures.map((f) => f.values.map((v) => v.quantity.text))));
  assert.deepEqual(figures[0]!.values.map((v) => v.quantity.text).sort(), ['12 people', 'At least 40 people']);
});

test('a later count that says it moved on is an update, not a dispute', () => {
  const earlier = article('u1', 'Lowland Wire', '2025-02-03', 'ORVAL, Feb 3 (Lowland Wire) - Police arrested six people after the riot in Orval on Sunday, a police spokesman said.');
  const update = 'ORVAL, Feb 5 (Lowland Wire) - Police said nine people had now been arrested over the riot in Orval, up from six on Sunday.';
  assert.deepEqual(compareFigures([earlier, article('u2', 'Orval Daily', '2025-02-05', update)]), []);
  // The same two counts without the update's words are a dispute.
  const dispute = 'ORVAL, Feb 5 - Police arrested nine people after the riot in Orval on Sunday, a city official said.';
  assert.equal(compareFigures([earlier, article('u3', 'Orval Daily', '2025-02-05', dispute)]).length, 1);
});

test("an office named with its body's name at its head speaks for the body", () => {
  // As the per-article record links them: "OCHA" to the UN office by its expansion, "the UN" to the UN.
  const linked = (id: string, entities: Array<[string, string[], ActorRef]>) => ({
    record: { id, entities: entities.map(([eid, mentions]) => ({ id: eid, type: 'ORG', name: mentions[0], mentions })) },
    actors: new Map(entities.map(([eid, , actor]) => [eid, actor])),
  }) as unknown as ResolvedArticle;
  const office = { id: 'un-office-for-refugee-affairs', name: 'UN Office for Refugee Affairs', type: 'ORG' };
  const un = { id: 'united-nations', name: 'United Nations', type: 'ORG' };
  const parents = parentBodies([linked('p1', [['ora', ['ORA'], office]]), linked('p2', [['un', ['UN', 'United Nations'], un]])]);
  assert.deepEqual([...parents], [['un-office-for-refugee-affairs', 'united-nations']]);
  // Without the body in the story, or for a name that is no office of it, nothing is linked.
  assert.deepEqual([...parentBodies([linked('p1', [['ora', ['ORA'], office]])])], []);
  const bank = { id: 'un-bank', name: 'United Nations', type: 'ORG' };
  assert.deepEqual([...parentBodies([linked('p3', [['wb', ['World Bank'], { id: 'world-bank', name: 'World Bank', type: 'ORG' }]]), linked('p2', [['un', ['UN'], bank]])])], []);
});

test('a long story compares its earliest and latest articles only, and keeps every article in its roles', () => {
  const many = Array.from({ length: MAX_COMPARED + 30 }, (_, i) => ({ record: { id: `a${i}`, published: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` } }) as unknown as ResolvedArticle);
  const compared = comparedArticles(many);
  assert.equal(compared.length, MAX_COMPARED);
  assert.equal(compared[0], many[0]);
  assert.equal(compared[compared.length - 1], many[many.length - 1]);
  assert.equal(comparedArticles(many.slice(0, 10)).length, 10);
});

test('claim words meet across irregular verb forms ("paid" and "paying", "sold" and "selling")', () => {
  const words = (t: string) => [...claimWords(t)].sort();
  assert.deepEqual(words('the mine paid the guards'), words('the mine is paying the guards'));
  assert.deepEqual(words('the state sold the railway'), words('the state is selling the railway'));
  // A noun that looks like a past tense keeps its sense: "ground" is not "grind".
  assert.ok(claimWords('troops on the ground').has('ground'));
});

test('unnamed people who told this outlet about the core account, in other words, are a source chain of its own', () => {
  const origin = article('r1', 'Lowland Wire', '2025-04-01',
    'ORVAL, April 1 (Lowland Wire) - Orval Shipping booked about 40 million crowns in revenue through two affiliated agencies that nobody at the port has ever visited, according to company records seen by the Lowland Wire.');
  const relay = article('r2', 'Orval Daily', '2025-04-02',
    'ORVAL, April 2 - Orval Shipping booked about 40 million crowns through two affiliated agencies that nobody at the port has ever visited, the Lowland Wire reported on Tuesday, citing company records.');
  const core = analyzeStory([origin, relay]).claims;
  assert.ok(core.length >= 1);
  const revising = article('r3', 'Harbour Post', '2025-04-03',
    'ORVAL, April 3 - The sums that Orval Shipping booked through affiliated agencies in Asia may have reached as much as 90 million crowns, two people who have seen a draft audit told the Harbour Post.');
  assert.match(ownSourcesOnCore(revising, core)?.source ?? '', /two people who have seen/);
  // A named person's reaction to this outlet is no source for the account; nor are words about something else.
  const reaction = article('r4', 'Harbour Post', '2025-04-03',
    'ORVAL, April 3 - Orval Shipping booked revenue through affiliated agencies, and that is a scandal, union leader Mara Tess told the Harbour Post.');
  assert.equal(ownSourcesOnCore(reaction, core), undefined);
  const other = article('r5', 'Harbour Post', '2025-04-03',
    'ORVAL, April 3 - The port will close for repairs next week, two people familiar with the plans told the Harbour Post.');
  assert.equal(ownSourcesOnCore(other, core), undefined);
});
