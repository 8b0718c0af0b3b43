import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf } from './link-groups.js';

test('initialsOf spells acronyms with and without connectors and hyphen parts', () => {
  const cases: Array<[string[], string[], string[]]> = [
    [['United', 'Heritage', 'Party'], ['UHP'], ['UP']],
    [['Department', 'of', 'Health'], ['DH', 'DOH'], ['DOHH']],
    [['Coalition', 'for', 'the', 'Renewal', 'of', 'the', 'North'], ['CRN'], ['CR']],
    [['Salween', 'People', "'s", 'Army'], ['SPA'], ["SP'A"]],
    [['Ouham', 'Self-Defence', 'Front'], ['OSF', 'OSDF'], ['OF']],
  ];
  for (const [words, yes, no] of cases) {
    const got = initialsOf(words);
    for (const y of yes) assert.ok(got.has(y), `${words.join(' ')} → ${y}`);
    for (const n of no) assert.ok(!got.has(n), `${words.join(' ')} ↛ ${n}`);
  }
});
