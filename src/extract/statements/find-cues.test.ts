import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCues } from './find-cues.js';
import { findQuotes } from './find-quotes.js';
import { findUnits } from './find-units.js';
import { compileLexicon } from './lexicon.js';
import { docOf } from './fixtures.js';

const lex = compileLexicon();
function cuesOf(text: string): Array<[string, string]> {
  const doc = docOf(text);
  const quotes = findQuotes(doc);
  return findCues(doc, findUnits(doc, quotes), quotes, lex).map((c) => [text.slice(doc.tokenStart[c.first], doc.tokenEnd[c.end - 1]), c.entry.stance]);
}

test('find-cues: reporting verbs in any tense, with their auxiliaries and adverbs', () => {
  const found: Array<[string, Array<[string, string]>]> = [
    ['The ministry said on Monday it would act.', [['said', 'assert']]],
    ['Varo has repeatedly said the mine is safe.', [['has repeatedly said', 'assert']]],
    ['The council says it will meet.', [['says', 'assert']]],
    ['Ostrava Mining denied the report.', [['denied', 'deny']]],
    ['The party rejected claims that it paid voters.', [['rejected claims', 'deny']]],
    ['The firm did not respond to requests for comment.', [['did not respond', 'no_comment']]],
    ['The firm did not immediately respond to questions.', [['did not immediately respond', 'no_comment']]],
    ['A spokeswoman declined to comment on the audit.', [['declined to comment', 'no_comment']]],
    ['Kessler could not be reached for comment.', [['could not be reached', 'no_comment']]],
    ['Prices rose, according to the central bank.', [['according to', 'assert']]],
    ['The daily reported, citing two officials, that talks had stalled.', [['reported', 'assert'], ['citing', 'assert']]],
    ['Mira Tal was quoted as saying the deal was dead.', [['quoted', 'assert'], ['saying', 'assert']]],
  ];
  for (const [text, want] of found) assert.deepEqual(cuesOf(text), want, text);
});

test('find-cues: not cues', () => {
  const notFound = [
    'The novel "What the Colonel Said" was banned in 1998.',
    'Repairs are expected to take a month.',
    'Villagers accused of smuggling were released.',
    'The stock had lost 6% by noon.',
  ];
  for (const text of notFound) assert.deepEqual(cuesOf(text), [], text);
});
