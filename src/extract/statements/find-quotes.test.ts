import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes, quoteAt } from './find-quotes.js';
import { docOf } from './fixtures.js';

const inner = (text: string): string[] => findQuotes(docOf(text)).map((q) => text.slice(q.innerStart, q.innerEnd));

test('find-quotes: curly and straight quotations, their insides', () => {
  const cases: Array<[string, string[]]> = [
    ['\u201CWe will appeal,\u201D said Dana Orlov.', ['We will appeal,']],
    ['"We left. They stayed," he said.', ['We left. They stayed,']],
    ['The mayor called the plan "reckless" and "late".', ['reckless', 'late']],
    ['No quotation here at all.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(inner(text), want, text);
});

test('find-quotes: an unclosed mark at a paragraph end is dropped, not carried into the next', () => {
  const text = '"We stayed until dawn.\n\nThe army said it had left.';
  assert.deepEqual(inner(text), []);
});

test('find-quotes: quoteAt finds the quotation around an offset', () => {
  const text = 'He said "yes" and "no".';
  const qs = findQuotes(docOf(text));
  assert.equal(quoteAt(qs, text.indexOf('yes'))?.innerStart, text.indexOf('yes'));
  assert.equal(quoteAt(qs, text.indexOf('and')), null);
});

test('find-quotes: linear on a line of 100,000 quotation marks', () => {
  const text = '"'.repeat(100_000);
  const t0 = Date.now();
  findQuotes({ text, flowText: text } as Parameters<typeof findQuotes>[0]);
  assert.ok(Date.now() - t0 < 200);
});
