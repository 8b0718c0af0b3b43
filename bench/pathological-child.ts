// One pathological input in its own process (forked by pathological-runner.ts), so a hang can be
// killed and the peak memory is this input's alone. It first measures normal articles stage by stage
// (the baseline cost per character), then the input at each requested scale, reporting every stage
// it enters so a timeout names the stage that hung.
//   node dist/bench/pathological-child.js NAME SCALE[,SCALE...] [BASELINE_MS]
import type { Article } from '../src/model/article.js';
import { checkInvariants } from '../src/model/check-invariants.js';
import { generateCorpus } from './generate-corpus.js';
import { PATHOLOGICAL } from './pathological.js';
import { cpuClock, createStagedRunner, StageError } from './stages.js';

export type ChildMessage =
  | { type: 'baseline'; stages: string[]; nsPerChar: number[] }
  | { type: 'plan'; chars: number[] }
  /** Entering `stage`; `doneMs` holds the stages finished so far at this scale. */
  | { type: 'stage'; scale: number; stage: string; doneMs: number[] }
  | { type: 'result'; scale: number; chars: number; stageMs: number[]; maxRssMB: number }
  | { type: 'error'; scale: number; stage: string; message: string }
  /** The record broke a span invariant (check-invariants.ts). */
  | { type: 'invalid'; scale: number; problems: string[] };

const BASELINE_ARTICLES = 40;
const DEFAULT_BASELINE_MS = 300;

function send(msg: ChildMessage): void {
  process.send?.(msg);
}

function main(): void {
  const [name, scalesArg, baselineArg] = process.argv.slice(2);
  const baselineMs = baselineArg ? Number(baselineArg) : DEFAULT_BASELINE_MS;
  const input = PATHOLOGICAL.find((p) => p.name === name);
  if (!input || !scalesArg) throw new Error(`usage: pathological-child NAME SCALE[,SCALE...] (NAME one of ${PATHOLOGICAL.map((p) => p.name).join(', ')})`);
  // CPU time, not wall time: the baseline and the input are compared, and the machine's other load
  // (other children, other users) would otherwise fall unevenly on the two.
  const runner = createStagedRunner(cpuClock);
  // Baseline: normal articles, after one warm-up pass, for at least baselineMs.
  const corpus = generateCorpus(Math.min(BASELINE_ARTICLES, Math.max(10, Math.round(baselineMs / 10))));
  const warm = new Float64Array(runner.stages.length);
  const warmPasses = baselineMs < 200 ? 1 : 2; // a short baseline (--quick) gets a short warm-up too
  for (let pass = 0; pass < warmPasses; pass++) for (const a of corpus) runner.run(a, warm);
  const base = new Float64Array(runner.stages.length);
  let chars = 0;
  const t0 = cpuClock();
  while (cpuClock() - t0 < baselineMs)
    for (const a of corpus) {
      runner.run(a, base);
      chars += a.text.length;
    }
  send({ type: 'baseline', stages: [...runner.stages], nsPerChar: [...base].map((ms) => (ms * 1e6) / chars) });

  const scales = scalesArg.split(',').map(Number);
  // A small unreported warm-up run first, so the code paths this input takes are compiled before timing.
  const runs = [{ scale: scales[0]! / 20, report: false }, ...scales.map((scale) => ({ scale, report: true }))];
  const texts = runs.map((r) => input.build(r.scale));
  send({ type: 'plan', chars: texts.map((t) => t.length) });
  for (const [k, { scale, report }] of runs.entries()) {
    const text = texts[k]!;
    const article: Article = {
      id: `pathological-${name}`, outlet: 'Meridian Wire', published: '2024-03-05', title: null, url: null, text,
      origin: { file: `bench/pathological/${name}`, line: null, format: 'text' },
    };
    const ms = new Float64Array(runner.stages.length);
    let record;
    try {
      record = runner.run(article, ms, (stage) => send({ type: 'stage', scale, stage, doneMs: [...ms.slice(0, runner.stages.indexOf(stage))] }));
    } catch (err) {
      const stage = err instanceof StageError ? err.stage : 'unknown';
      send({ type: 'error', scale, stage, message: err instanceof Error ? err.message.slice(0, 300) : String(err) });
      return;
    }
    const problems = checkInvariants(record);
    if (problems.length) send({ type: 'invalid', scale, problems: problems.slice(0, 3).map((p) => p.slice(0, 200)) });
    if (report) send({ type: 'result', scale, chars: text.length, stageMs: [...ms], maxRssMB: process.resourceUsage().maxRSS / 1024 });
  }
}

main();
process.disconnect?.();
