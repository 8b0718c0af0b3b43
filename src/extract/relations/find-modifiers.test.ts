import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Port Arlen', 'port_arlen', 'GPE'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['Institute for Coastal Studies', 'ics', 'ORG'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Tomas Ferrek', 'ferrek', 'PERSON'],
];

// [sentence, expected, evidence, rule]
const found: Array<[string, string[], string, string]> = [
  ['Fighters from the Valdoria-backed Free Hills Front crossed the river.', ['valdoria supports fhf'], 'Valdoria-backed Free Hills Front', 'relations/backed-modifier'],
  ['said Ana Reyes of the Port Arlen-based Institute for Coastal Studies.', ['ics based_in port_arlen'], 'Port Arlen-based Institute for Coastal Studies', 'relations/based-modifier'],
  ['Shares in Port Arlen-based freight and parcels group Harlow Logistics fell.', [], '', ''],
  ['Shares in Port Arlen-based parcels group Harlow Logistics fell.', ['harlow based_in port_arlen'], 'Port Arlen-based parcels group Harlow Logistics', 'relations/based-modifier'],
  ['Harlow Logistics, a Port Arlen-based carrier, said it would appeal.', ['harlow based_in port_arlen'], 'Harlow Logistics, a Port Arlen-based', 'relations/based-modifier'],
  ['The Tomas Ferrek-led Free Hills Front denied it.', ['ferrek leads fhf'], 'Tomas Ferrek-led Free Hills Front', 'relations/led-modifier'],
  ['The mayor praised a small Port Arlen-based IT firm named Harlow Logistics.', ['harlow based_in port_arlen'], 'Port Arlen-based IT firm named Harlow Logistics', 'relations/based-modifier'],
  ['Harlow Logistics, a small Port Arlen-based firm, won.', ['harlow based_in port_arlen'], 'Harlow Logistics, a small Port Arlen-based', 'relations/based-modifier'],
  ['A Valdoria-backed hacking group calling itself the Free Hills Front claimed the attack.', ['valdoria supports fhf'], 'Valdoria-backed hacking group calling itself the Free Hills Front', 'relations/backed-modifier'],
  ['A Valdoria-backed group, which calls itself the Free Hills Front, claimed it.', ['valdoria supports fhf'], 'Valdoria-backed group, which calls itself the Free Hills Front', 'relations/backed-modifier'],
  ['A Valdoria-backed group, known as the Free Hills Front, claimed it.', ['valdoria supports fhf'], 'Valdoria-backed group', 'relations/backed-modifier'],
];

const notFound: Array<[string, string]> = [
  ['A Valdoria-backed group said it had met Tomas Ferrek.', 'no naming phrase before the later name'],
  ['The Port Arlen-based IT firm sued Harlow Logistics.', 'the name is an object, not the firm named'],
  ['Valdoria - backed by no one - stood alone against the Free Hills Front.', 'a dash, not a compound'],
  ['The Valdoria-backed fighters withdrew, and Harlow Logistics closed its depot.', 'the head is a common noun, no name'],
  ['The Port Arlen-based payments company had booked losses.', 'no named head'],
];

test('modifier relations: found', () => {
  for (const [text, expected, evidence, rule] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    if (!expected.length) continue;
    assert.equal(rels[0]!.text, evidence, text);
    assert.equal(rels[0]!.rule, rule, text);
  }
});

test('modifier relations: not found', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});
