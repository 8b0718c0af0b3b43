import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Statement } from '../../model/statement.js';
import { locate } from '../../model/span.js';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Kesh', 'kesh', 'GPE'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['FHF', 'fhf', 'GROUP', 'acronym'],
  ['Tomas Ferrek', 'ferrek', 'PERSON'],
  ['Kivi', 'kivi', 'NORP'],
];

test('one relation per (subject, predicate, object), the first in the text', () => {
  const text = 'Valdoria backs the Free Hills Front. Officials said Valdoria backs the FHF openly.';
  const rels = relationsOf(text, E);
  assert.deepEqual(keys(rels), ['valdoria supports fhf']);
  assert.deepEqual(rels[0]!.span, { start: 0, end: 35 });
});

test('no self-relations and no relation whose ends do not fit the predicate', () => {
  const cases: Array<[string, string]> = [
    ['The Free Hills Front, backed by the FHF leadership, advanced.', 'same entity at both ends'],
    ['Valdoria sent envoys to Tomas Ferrek.', 'deploys needs a place'],
    ['Tomas Ferrek is based in the Free Hills Front.', 'based_in needs a place'],
    ['The Kivi back the Free Hills Front.', 'a people (NORP) does not support'],
  ];
  for (const [text, why] of cases) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});

test('a relation inside the content of a denial is dropped', () => {
  const text = 'Valdoria denied reports. Officials said: Valdoria backs the Free Hills Front.';
  assert.deepEqual(keys(relationsOf(text, E)), ['valdoria supports fhf']);
  const contentStart = text.indexOf('Valdoria backs');
  const denial: Statement = {
    ...locate(text, 25, text.length, 'statements/test'),
    source: { ...locate(text, 25, 34, 'statements/test'), kind: 'anonymous', entityId: null, count: null },
    stance: 'deny',
    cue: locate(text, 35, 39, 'statements/test'),
    content: locate(text, contentStart, text.length - 1, 'statements/test'),
    viaEntityId: null,
  };
  assert.deepEqual(keys(relationsOf(text, E, [denial])), []);
});

test('no mentions, no relations', () => {
  assert.deepEqual(keys(relationsOf('Officials backed the plan and sent troops to the border.', [])), []);
});

test('pathological input stays linear', () => {
  const commas = `Valdoria backs${','.repeat(100_000)} the Free Hills Front.`;
  let t = performance.now();
  relationsOf(commas, E);
  assert.ok(performance.now() - t < 5000, 'a line of 100,000 commas');
  const long = 'Valdoria, which backs the Free Hills Front and sent Kivi fighters to Kesh, said it and Tomas Ferrek '.repeat(3000);
  t = performance.now();
  const rels = relationsOf(long, E);
  assert.ok(performance.now() - t < 10000, 'one 300 kB sentence full of mentions');
  assert.ok(rels.length >= 1);
});
