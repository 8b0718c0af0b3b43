import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/article.js';
import { tokenPos, tokenText } from '../model/doc.js';
import { buildDoc } from './build-doc.js';
import { MAX_RUN, PLACEHOLDER, winkInput } from './wink-input.js';

const article = (text: string): Article => ({
  id: 't', outlet: null, published: '2024-03-05', title: null, url: null, text, origin: { file: 't.txt', line: null, format: 'text' },
});
const tokens = (text: string): string[] => {
  const doc = buildDoc(article(text));
  return Array.from({ length: doc.tokenCount }, (_, k) => tokenText(doc, k));
};

test('winkInput replaces only runs longer than MAX_RUN, and records where they were', () => {
  const ok = 'a'.repeat(MAX_RUN);
  assert.deepEqual(winkInput(`see ${ok} here`), { text: `see ${ok} here`, edits: [] });
  const long = 'b'.repeat(MAX_RUN + 1);
  const r = winkInput(`see ${long} and ${long}`);
  assert.equal(r.text, `see ${PLACEHOLDER} and ${PLACEHOLDER}`);
  assert.deepEqual(r.edits, [
    { at: 4, from: 4, length: MAX_RUN + 1, winkLength: PLACEHOLDER.length, longRun: true },
    { at: 4 + PLACEHOLDER.length + 5, from: 4 + MAX_RUN + 1 + 5, length: MAX_RUN + 1, winkLength: PLACEHOLDER.length, longRun: true },
  ]);
  // A no-break space splits runs for wink, so it splits them here too.
  assert.equal(winkInput(`${'c'.repeat(200)}\u00a0${'c'.repeat(200)}`).edits.length, 0);
});

test('winkInput puts a space between a possessive and the punctuation right after it, and nowhere else', () => {
  const cases: Array<[string, string]> = [
    ["the hospital's, count", "the hospital's , count"],
    ['\u201CRussia\u2019s\u201D', '\u201CRussia\u2019s \u201D'],
    ["JAMES'S. Then", "JAMES'S . Then"],
    ["the hospital's count", "the hospital's count"],
    ["it's fine, isn't it", "it's fine, isn't it"],
    ["the workers', pay", "the workers', pay"],
    ["'s, alone", "'s, alone"],
    ["Reuters'sécurité", "Reuters'sécurité"],
  ];
  for (const [input, wink] of cases) assert.equal(winkInput(input).text, wink, input);
});

test('buildDoc keeps a long run as one token with its exact span, and the sentence around it', () => {
  const run = '~'.repeat(5000);
  const text = `The council published the code ${run} on Monday, officials said. Then it ended.`;
  const doc = buildDoc(article(text));
  const words = Array.from({ length: doc.tokenCount }, (_, k) => tokenText(doc, k));
  const i = words.indexOf(run);
  assert.ok(i >= 0, 'the run is one token');
  assert.equal(doc.tokenStart[i], text.indexOf(run));
  assert.equal(doc.tokenEnd[i], text.indexOf(run) + run.length);
  assert.deepEqual(words.slice(i + 1, i + 6), ['on', 'Monday', ',', 'officials', 'said']);
  assert.equal(doc.sentences.length, 2);
  assert.equal(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end), `The council published the code ${run} on Monday, officials said.`);
});

test('buildDoc splits a possessive before punctuation, with exact spans, whatever it read before', () => {
  const text = "Staff praised the hospital's, and the clinic\u2019s, work.";
  assert.deepEqual(tokens(text), ['Staff', 'praised', 'the', 'hospital', "'s", ',', 'and', 'the', 'clinic', '\u2019s', ',', 'work', '.']);
  const doc = buildDoc(article(text));
  for (let k = 0; k < doc.tokenCount; k++) assert.equal(text.slice(doc.tokenStart[k], doc.tokenEnd[k]), tokenText(doc, k));
  assert.equal(tokenPos(doc, 4), 'PART');
  // Reading the glued form must not change how a later article tokenizes the same word.
  assert.deepEqual(tokens("The hospital's staff left."), ['The', 'hospital', "'s", 'staff', 'left', '.']);
});

test('buildDoc stays fast on a 200,000-character token (wink alone is quadratic there)', () => {
  const text = `The code ${'/'.repeat(200_000)} was leaked.`;
  const t = performance.now();
  const doc = buildDoc(article(text));
  assert.ok(performance.now() - t < 1000, `took ${performance.now() - t} ms`);
  assert.equal(tokenText(doc, doc.tokenCount - 2), 'leaked');
});
