import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/article.js';
import { tokenText } from '../model/doc.js';
import { buildDoc } from './build-doc.js';
import { MAX_RUN, PLACEHOLDER, shrinkLongRuns } from './long-runs.js';

const article = (text: string): Article => ({
  id: 't', outlet: null, published: '2024-03-05', title: null, url: null, text, origin: { file: 't.txt', line: null, format: 'text' },
});

test('shrinkLongRuns replaces only runs longer than MAX_RUN, and records where they were', () => {
  const ok = 'a'.repeat(MAX_RUN);
  assert.deepEqual(shrinkLongRuns(`see ${ok} here`), { text: `see ${ok} here`, cuts: [] });
  const long = 'b'.repeat(MAX_RUN + 1);
  const r = shrinkLongRuns(`see ${long} and ${long}`);
  assert.equal(r.text, `see ${PLACEHOLDER} and ${PLACEHOLDER}`);
  assert.deepEqual(r.cuts, [
    { at: 4, from: 4, length: MAX_RUN + 1 },
    { at: 4 + PLACEHOLDER.length + 5, from: 4 + MAX_RUN + 1 + 5, length: MAX_RUN + 1 },
  ]);
  // A no-break space splits runs for wink, so it splits them here too.
  assert.equal(shrinkLongRuns(`${'c'.repeat(200)}\u00a0${'c'.repeat(200)}`).cuts.length, 0);
});

test('buildDoc keeps a long run as one token with its exact span, and the sentence around it', () => {
  const run = '~'.repeat(5000);
  const text = `The council published the code ${run} on Monday, officials said. Then it ended.`;
  const doc = buildDoc(article(text));
  const i = Array.from({ length: doc.tokenCount }, (_, k) => k).find((k) => tokenText(doc, k) === run);
  assert.ok(i !== undefined, 'the run is one token');
  assert.equal(doc.tokenStart[i], text.indexOf(run));
  assert.equal(doc.tokenEnd[i], text.indexOf(run) + run.length);
  const words = Array.from({ length: doc.tokenCount }, (_, k) => tokenText(doc, k));
  assert.deepEqual(words.slice(i + 1, i + 6), ['on', 'Monday', ',', 'officials', 'said']);
  for (let k = 0; k < doc.tokenCount; k++) assert.ok(doc.tokenEnd[k]! <= text.length && doc.tokenStart[k]! < doc.tokenEnd[k]!);
  assert.equal(doc.sentences.length, 2);
  assert.equal(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end), `The council published the code ${run} on Monday, officials said.`);
});

test('buildDoc stays fast on a 200,000-character token (wink alone is quadratic there)', () => {
  const text = `The code ${'/'.repeat(200_000)} was leaked.`;
  const t = performance.now();
  const doc = buildDoc(article(text));
  assert.ok(performance.now() - t < 1000, `took ${performance.now() - t} ms`);
  assert.equal(tokenText(doc, doc.tokenCount - 2), 'leaked');
});
