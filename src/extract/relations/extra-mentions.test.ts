import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Kesh', 'kesh', 'GPE'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Coastal Herald', 'herald', 'ORG'],
  ['United Nations', 'un', 'ORG'],
  ['Group of Monitors', 'monitors', 'ORG'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['Sun Party', 'sun', 'ORG'],
  ['Moon Party', 'moon', 'ORG'],
  ['Danu Perl', 'perl', 'PERSON'],
];

// Referring nouns ("the party", "the group", "the company") point to the most recent body of a fitting kind.
const found: Array<[string, string[]]> = [
  ['The Sun Party won. The Moon Party lost. Danu Perl, a member of the party, said so.', ['perl member_of moon']],
  ['The Moon Party lost. The Sun Party won. Danu Perl, a member of the party, said so.', ['perl member_of sun']],
  ["The Group of Monitors wrote a report. The Free Hills Front took Kesh. The group's commander, Danu Perl, said so.", ['perl leads fhf']],
  ["The Free Hills Front took Kesh. The Group of Monitors wrote a report. The group's director, Danu Perl, said so.", ['perl leads monitors']],
  ['The Coastal Herald said Harlow Logistics lost a contract. The Coastal Herald said the company is backed by Valdoria.', ['valdoria supports harlow']],
  ['The United Nations praised Harlow Logistics. The United Nations said the company is backed by Valdoria.', ['valdoria supports harlow']],
];

const notFound: Array<[string, string]> = [
  ['The Coastal Herald said the company is backed by Valdoria.', 'an outlet is not "the company"'],
  ['The United Nations said the company is backed by Valdoria.', 'an international body is not "the company"'],
];

test('anaphors: the most recent fitting body', () => {
  for (const [text, expected] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    for (const r of rels) assert.equal(text.slice(r.span.start, r.span.end), r.text);
  }
});

test('anaphors: no outlet or international body as "the company"', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});

const INITIALS: readonly EntitySpec[] = [
  ['Civic Union', 'cu', 'ORG'],
  ['Harbour Safety Commission', 'hsc', 'ORG'],
  ['Danu Perl', 'perl', 'PERSON'],
];

test('initials: an unmarked acronym of a body named before', () => {
  const cases: Array<[string, string[]]> = [
    ['The Civic Union met on Monday. CU commissioner Danu Perl said it would appeal.', ['perl member_of cu']],
    ['The Harbour Safety Commission met. HSC spokesman Danu Perl declined to comment.', ['perl member_of hsc']],
    // Not before the full name, and not when two bodies share the initials.
    ['CU commissioner Danu Perl resigned.\nThe Civic Union met.', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(keys(relationsOf(text, INITIALS)), expected, text);
  const twin: readonly EntitySpec[] = [...INITIALS, ['Coastal Unity', 'coastal_unity', 'ORG']];
  assert.deepEqual(keys(relationsOf('The Civic Union and Coastal Unity met. CU commissioner Danu Perl spoke.', twin)), []);
});
