import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Portugal', 'portugal', 'GPE'],
  ['Portuguese', 'portugal', 'GPE', 'adjectival'],
  ['Valdoria', 'valdoria', 'GPE'],
  ['Valdorian', 'valdoria', 'GPE', 'adjectival'],
  ['Kesh', 'kesh', 'GPE'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['Red Banner Brigade', 'rbb', 'GROUP'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Kivi', 'kivi', 'NORP'],
];

// [text, expected, evidence of the first relation]
const found: Array<[string, string[], string]> = [
  ['A ceasefire between the Free Hills Front and the Red Banner Brigade collapsed.', ['fhf opposes rbb', 'rbb opposes fhf'], 'ceasefire between the Free Hills Front and the Red Banner Brigade'],
  ['Heavy fighting between the Free Hills Front and Valdorian forces killed nine.', ['fhf opposes valdoria', 'valdoria opposes fhf'], 'fighting between the Free Hills Front and Valdorian'],
  ['A cease-fire between Portugal and the Free Hills Front held.', ['portugal opposes fhf', 'fhf opposes portugal'], 'cease-fire between Portugal and the Free Hills Front'],
  ['An attack carried out by the Free Hills Front on Harlow Logistics killed two.', ['fhf opposes harlow'], 'attack carried out by the Free Hills Front on Harlow Logistics'],
  ['The attack, carried out by the Red Banner Brigade on Portuguese troops, killed two.', ['rbb opposes portugal'], 'attack, carried out by the Red Banner Brigade on Portuguese'],
  ['A raid on the Red Banner Brigade by the Free Hills Front failed.', ['fhf opposes rbb'], 'raid on the Red Banner Brigade by the Free Hills Front'],
];

const notFound: Array<[string, string]> = [
  ['Talks between the Free Hills Front and the Red Banner Brigade resumed.', 'talks are no fighting'],
  ['An attack by the Free Hills Front on Kesh killed two.', 'a town attacked is no side'],
  ['Fighting between Kivi clans stopped, the Free Hills Front said.', 'a people is no side'],
  ['The Free Hills Front will attack the town, Harlow Logistics said.', 'no noun of fighting with its sides'],
  ['An attack on the Red Banner Brigade killed two, the Free Hills Front said.', 'no agent named by "by"'],
  ['Fighting between Valdoria and Kesh stopped.', 'neither a country nor forces'],
];

test('conflict nouns: found', () => {
  for (const [text, expected, evidence] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    assert.equal(rels[0]!.text, evidence, text);
    for (const r of rels) assert.equal(text.slice(r.span.start, r.span.end), r.text);
  }
});

test('conflict nouns: not found', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});
