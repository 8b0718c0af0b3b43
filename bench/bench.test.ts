import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../src/extract/pipeline.js';
import { toRecord } from '../src/model/record.js';
import { generateArticle, generateCorpus } from './generate-corpus.js';
import { PATHOLOGICAL } from './pathological.js';
import { runPathological } from './pathological-runner.js';
import { createRng } from './prng.js';
import { createStagedRunner } from './stages.js';

test('the PRNG is deterministic per seed and stays in range', () => {
  const a = createRng(42);
  const b = createRng(42);
  const xs = Array.from({ length: 1000 }, () => a.int(3, 7));
  assert.deepEqual(xs, Array.from({ length: 1000 }, () => b.int(3, 7)));
  assert.ok(xs.every((x) => x >= 3 && x <= 7));
  assert.deepEqual(new Set(xs), new Set([3, 4, 5, 6, 7]));
  assert.notDeepEqual(xs, Array.from({ length: 1000 }, () => createRng(43).int(3, 7)));
});

test('generated articles are deterministic, varied, fully filled and article-sized', () => {
  assert.deepEqual(generateArticle(7), generateArticle(7));
  const corpus = generateCorpus(200);
  assert.equal(new Set(corpus.map((a) => a.text)).size, 200);
  assert.ok(new Set(corpus.map((a) => a.outlet)).size >= 5, 'several outlets');
  for (const a of corpus) {
    assert.doesNotMatch(a.text, /\{\w+\}|undefined|NaN/, `${a.id} has an unfilled slot`);
    assert.match(a.published, /^20\d\d-\d\d-\d\d$/);
    assert.ok(a.text.length > 1000 && a.text.length < 6000, `${a.id}: ${a.text.length} chars`);
  }
  const all = corpus.map((a) => a.text).join('\n');
  for (const form of [/ said\./, /according to /i, /declined to comment/, /\u201C|"/, /\d+(\.\d)?%/, /\(([A-Z]{2,4})\)/])
    assert.match(all, form);
});

test('pathological inputs are deterministic and shrink with scale', () => {
  assert.ok(PATHOLOGICAL.length >= 10);
  for (const p of PATHOLOGICAL) {
    const full = p.build(0.1);
    assert.equal(full, p.build(0.1), `${p.name} is deterministic`);
    const small = p.build(0.025);
    assert.ok(small.length < full.length / 2, `${p.name} shrinks: ${small.length} vs ${full.length}`);
  }
  const byName = new Map(PATHOLOGICAL.map((p) => [p.name, p]));
  assert.equal(byName.get('big-article')!.build(1).length, 5_000_000);
  assert.ok(byName.get('commas')!.build(1).includes(','.repeat(100_000)));
  assert.ok(byName.get('no-punctuation')!.build(1).length >= 200_000);
});

test('the staged runner produces exactly what the pipeline produces', () => {
  const runner = createStagedRunner();
  assert.deepEqual(runner.stages, ['buildDoc', 'entities', 'times', 'quantities', 'statements', 'relations', 'toRecord']);
  const pipeline = createPipeline();
  for (const a of generateCorpus(5)) {
    const ms: Float64Array = new Float64Array(runner.stages.length);
    const seen: string[] = [];
    assert.deepEqual(runner.run(a, ms, (s) => seen.push(s)), toRecord(pipeline.analyze(a)));
    assert.deepEqual(seen, runner.stages);
    assert.ok(ms.every((x: number) => x >= 0) && ms[0]! > 0);
  }
});

test('a pathological input runs in a child and reports every stage, its ratio and growth', async () => {
  const input = PATHOLOGICAL.find((p) => p.name === 'no-punctuation')!;
  const r = await runPathological(input, [0.05, 0.1], 60_000, 50);
  assert.equal(r.status, 'ok', r.message ?? '');
  assert.deepEqual(r.stages.map((s) => s.stage), ['buildDoc', 'entities', 'times', 'quantities', 'statements', 'relations', 'toRecord']);
  assert.equal(r.chars, input.build(0.1).length);
  assert.ok(Number.isFinite(r.ratio) && r.ratio > 0 && r.totalMs > 0 && r.maxRssMB > 0);
});

test('a run past its cap is killed and reported as a TIMEOUT naming the stage', async () => {
  const input = PATHOLOGICAL.find((p) => p.name === 'big-article')!;
  const r = await runPathological(input, [0.2], 250, 50);
  assert.equal(r.status, 'TIMEOUT');
  assert.ok(r.flagged);
  assert.ok(r.failedStage && r.stageNames.includes(r.failedStage), `stage ${r.failedStage}`);
  assert.equal(r.failedScale !== null, true);
});
