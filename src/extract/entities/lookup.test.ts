import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model/entity.js';
import { mentionAt, mentionsIn } from './lookup.js';

const text = 'President Amira Solberg met Valdoria officials in Tarnow.';
function m(start: number, end: number, entityId: string): Mention {
  return { span: { start, end }, text: text.slice(start, end), rule: 'entities/test', entityId, type: 'PERSON', form: 'full' };
}
const solberg = m(10, 23, 'amira_solberg');
const valdoria = m(28, 36, 'valdoria');
const tarnow = m(50, 56, 'tarnow');
const all = [tarnow, solberg, valdoria];

test('mentionAt finds the covering mention, else one inside the range', () => {
  const cases: Array<[number, number, string | null]> = [
    [16, 23, 'amira_solberg'], // range inside the mention
    [0, 23, 'amira_solberg'], // mention inside the range
    [28, 36, 'valdoria'],
    [37, 46, null], // "officials": no mention
  ];
  for (const [s, e, id] of cases) assert.equal(mentionAt(all, s, e)?.entityId ?? null, id, `${s}..${e}`);
});

test('mentionsIn lists mentions inside the range in text order', () => {
  assert.deepEqual(mentionsIn(all, 0, text.length).map((x) => x.entityId), ['amira_solberg', 'valdoria', 'tarnow']);
  assert.deepEqual(mentionsIn(all, 24, 49).map((x) => x.entityId), ['valdoria']);
  assert.deepEqual(mentionsIn(all, 11, 30), []); // partial overlaps are not inside
});
