import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadQuantityLexicons } from './load-lexicons.js';
import { parsePlainNumber, readDigitToken, readWrittenNumber } from './parse-number.js';

const { numberWords } = loadQuantityLexicons();

test('parsePlainNumber reads digit groups and refuses malformed ones', () => {
  const cases: Array<[string, number | null]> = [
    ['320', 320], ['1,200', 1200], ['35,000', 35000], ['4.96', 4.96], ['1,200.5', 1200.5], ['1,234,567', 1234567],
    ['1,20', null], ['12,3456', null], [',5', null], ['5,', null], ['1.2.3', null], ['1e5', null], ['', null], ['7'.repeat(100), null],
  ];
  for (const [s, v] of cases) assert.equal(parsePlainNumber(s), v, s);
});

test('readDigitToken reads ranges and glued scales, not ordinals or codes', () => {
  assert.deepEqual(readDigitToken('10-15', numberWords), { value: 10, high: 15 });
  assert.deepEqual(readDigitToken('4bn', numberWords), { value: 4, abbrev: 'bn' });
  for (const s of ['1st', '1990s', '10:30', '3-1', 'COVID-19', '2/3']) assert.equal(readDigitToken(s, numberWords), null, s);
});

test('readWrittenNumber reads written counts and stops where the number stops', () => {
  const cases: Array<[string, number | null, number]> = [
    ['three soldiers', 3, 1],
    ['thirty - five men', 35, 3],
    ['two hundred and fifty workers', 250, 4],
    ['four thousand people', 4000, 2],
    ['two million', 2_000_000, 2],
    ['a dozen men', 12, 2],
    ['two dozen engineers', 24, 2],
    ['half a million people', 500_000, 3],
    ['a man', null, 0],
    ['thousand', null, 0],
    ['two three', 2, 1],
  ];
  for (const [s, v, end] of cases) {
    const words = s.split(' ');
    const r = readWrittenNumber(words, 0, words.length, numberWords);
    assert.equal(r?.value ?? null, v, s);
    if (r) assert.equal(r.end, end, s);
  }
});
