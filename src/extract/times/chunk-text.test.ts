import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import { buildDoc } from '../../nlp/build-doc.js';
import { MAX_CHUNK, chunksOf } from './chunk-text.js';
import { timesExtractor } from './index.js';

test('chunks: one per non-blank line, never longer than MAX_CHUNK, covering every non-space character', () => {
  const texts = [
    'Troops left on Monday.\n\nThey returned in May.',
    ','.repeat(100_000),
    'word '.repeat(50_000),
    'The port closed. '.repeat(10_000),
    '',
  ];
  for (const text of texts) {
    const chunks = chunksOf(text);
    let covered = 0;
    let last = 0;
    for (const [s, e] of chunks) {
      assert.ok(e - s <= MAX_CHUNK && s >= last && e > s, `${s}..${e}`);
      assert.ok(!text.slice(s, e).includes('\n'));
      covered += text.slice(s, e).replace(/\s/g, '').length;
      last = e;
    }
    assert.equal(covered, text.replace(/\s/g, '').length);
  }
  assert.deepEqual(chunksOf('Troops left on Monday.\n\nThey returned in May.'), [[0, 22], [24, 45]]);
});

test('times stay roughly linear on long and hostile inputs', () => {
  const extract = timesExtractor.create();
  const run = (text: string): number => {
    const article: Article = { id: 'big', outlet: null, published: '2020-06-08', title: null, url: null, text, origin: { file: 'test', line: null, format: 'text' } };
    const doc = buildDoc(article);
    const t0 = performance.now();
    const n = extract(doc, {}).length;
    assert.ok(n >= 0);
    return performance.now() - t0;
  };
  const unit = 'Officials said on Monday that 300 fighters arrived in May 2019, up from 1,200 last year. ';
  run(unit.repeat(100)); // warm up
  const small = run(unit.repeat(1_000));
  const large = run(unit.repeat(4_000)); // ~360 KB on one line, 12,000 dates
  // Four times the text: a quadratic parser would take ~16 times as long.
  assert.ok(large < Math.max(small * 10, 300), `small ${small.toFixed(0)} ms, large ${large.toFixed(0)} ms`);
  assert.ok(run(','.repeat(100_000)) < 2_000);
  assert.ok(run('12 '.repeat(50_000)) < 2_000);
});
