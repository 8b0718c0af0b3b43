import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Valdorian', 'valdoria', 'GPE', 'adjectival'],
  ['Tomas Ferrek', 'ferrek', 'PERSON'],
  ['Ferrek', 'ferrek', 'PERSON', 'short'],
  ['Health Directorate', 'hd', 'ORG'],
  ['Relief Trust', 'rt', 'ORG'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['Ilse Varga', 'varga', 'PERSON'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Port Arlen', 'port_arlen', 'GPE'],
  ['Portugal', 'portugal', 'GPE'],
  ['Spain', 'spain', 'GPE'],
  ['Kesh', 'kesh', 'GPE'],
];

const found: Array<[string, string[], string]> = [
  ['New recruits to the Valdorian effort in support of Ferrek arrived.', ['valdoria supports ferrek'], 'relations/phrase-noun-before'],
  ['The Health Directorate will test 600 children next month with support from the Relief Trust.', ['rt supports hd'], 'relations/phrase-clause'],
  // A definite description refers back to the one body whose name holds its noun.
  ['The Free Hills Front took the pass. Prosecutors say the front was financed by Tomas Ferrek.', ['ferrek supports fhf'], 'relations/verb-passive'],
  ['The Free Hills Front took the pass. "We hold it," front spokesman Ilse Varga said.', ['varga member_of fhf'], 'relations/title-before-name'],
  // "the company" is the organisation named most often so far, leaving bodies of a state out.
  ['The Health Directorate said Harlow Logistics and the Health Directorate disagreed. Harlow Logistics denied it. The company\'s operations manager, Ilse Varga, spoke.', ['varga member_of harlow'], 'relations/title-before-name'],
  ['Shares in Harlow Logistics rose. The Port Arlen-based company said it had hired Tomas Ferrek.', ['harlow based_in port_arlen', 'harlow recruits ferrek'], 'relations/based-modifier'],
  // "the government" is the country named most often so far, when no body's name holds the word.
  ['Floods hit Portugal and Spain. Portugal asked for help. The government has sent 300 soldiers to Kesh.', ['portugal deploys kesh'], 'relations/verb-active'],
  // "the insurgents" is the armed group named most often so far.
  ['The Free Hills Front raided Kesh. Portugal said the government had fought the insurgents.', ['portugal opposes fhf'], 'relations/verb-active'],
  // A sentence-opening "Its" is the body that opened the sentence before.
  ['The Free Hills Front denied it. Its general secretary, Ilse Varga, said so on Friday.', ['varga member_of fhf'], 'relations/title-before-name'],
];

const notFound: Array<[string, string]> = [
  ['The front was financed by Tomas Ferrek.', 'no body named before "the front"'],
  ['Portugal asked for help. A government team was sent to Kesh.', 'not "the government"'],
  ['Portugal said the government had fought the insurgents. The Free Hills Front raided Kesh.', 'no armed group named before "the insurgents"'],
  ['The Health Directorate met. The company\'s manager, Ilse Varga, spoke.', '"the company" is no ministry or directorate'],
  ['The Health Directorate did not say whether it acted with support from anyone.', 'no name after the phrase'],
];

test('phrase and anaphor relations: found', () => {
  for (const [text, expected, rule] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    assert.equal(rels[0]!.rule, rule, text);
  }
});

test('phrase and anaphor relations: not found', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});
