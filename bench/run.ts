// `npm run bench`: per-article throughput of the full pipeline (createPipeline().analyze + toRecord) on
// a generated wire-style corpus, side by side with compromise in the same process on the same texts;
// where the time goes stage by stage; and hostile inputs, each in its own process under a time cap.
//   node dist/bench/run.js [--quick] [--articles N] [--seconds S] [--cap S] [--jobs N] [--scales A,B] [--no-pathological] [--only NAME] [--json]
// With --json the last line printed is {"articlesPerSecond","charsPerSecond","peakRssMB","peer":{...},"ratio",...}.
// Exit status 1 when a pathological input times out or throws.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/article.js';
import { createPipeline } from '../src/extract/pipeline.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import { checkInvariants } from '../src/model/check-invariants.js';
import { toRecord } from '../src/model/record.js';
import { table, si, fixed, int } from './format.js';
import { DEFAULT_SEED, generateCorpus } from './generate-corpus.js';
import { describeMachine, formatMachine, peakRssMB } from './machine.js';
import { PATHOLOGICAL } from './pathological.js';
import { FLAG_RATIO, TIMEOUT_FACTOR, runPathological, type PathologicalResult } from './pathological-runner.js';
import { loadCompromise } from './peer-compromise.js';
import { createStagedRunner } from './stages.js';
import { measureInterleaved, measureThroughput, type Throughput } from './throughput.js';

interface Options {
  quick: boolean;
  articles: number;
  minMs: number;
  capMs: number;
  pathological: boolean;
  only: string | null;
  jobs: number;
  /** Sizes for the pathological inputs (ascending; the exponent is taken between the last two). */
  scales: number[];
  json: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number): number => {
    const v = value(name);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`bench: ${name} expects a positive number, got ${JSON.stringify(v)}`);
    return n;
  };
  const quick = argv.includes('--quick');
  const only = value('--only') ?? null;
  if (only && !PATHOLOGICAL.some((p) => p.name === only))
    throw new Error(`bench: --only expects one of ${PATHOLOGICAL.map((p) => p.name).join(', ')}`);
  return {
    quick,
    articles: Math.round(num('--articles', quick ? 60 : 500)),
    minMs: num('--seconds', quick ? 1 : 3) * 1000,
    capMs: num('--cap', quick ? 5 : 20) * 1000,
    pathological: !argv.includes('--no-pathological'),
    only,
    jobs: Math.round(num('--jobs', Math.min(2, describeMachine().cores))),
    scales: parseScales(value('--scales') ?? (quick ? '0.05' : '0.25,1')),
    json: argv.includes('--json'),
  };
}

function parseScales(arg: string): number[] {
  const scales = arg.split(',').map(Number);
  if (!scales.length || scales.some((x) => !(x > 0)) || scales.some((x, i) => i > 0 && x <= scales[i - 1]!))
    throw new Error(`bench: --scales expects ascending positive sizes like 0.25,1, got ${JSON.stringify(arg)}`);
  return scales;
}

/** Runs the tasks at most `jobs` at a time; results keep the tasks' order. */
async function pool<T>(tasks: ReadonlyArray<() => Promise<T>>, jobs: number): Promise<T[]> {
  const out = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < tasks.length; i = next++) out[i] = await tasks[i]!();
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return out;
}

/** The handwritten fictional articles committed in bench/corpus/. */
function handwritten(): Article[] {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'corpus');
  const out: Article[] = [];
  for (const r of readInputs([dir])) {
    if (!r.ok) throw new Error(`bench: ${r.error.message}`);
    out.push(r.article);
  }
  return out;
}

/** Per-stage cost over whole passes of the corpus (at least `minMs`). */
function measureStages(corpus: readonly Article[], minMs: number): { stages: readonly string[]; ms: Float64Array; articles: number; chars: number; invalid: string[] } {
  const runner = createStagedRunner();
  const warm = new Float64Array(runner.stages.length);
  for (const a of corpus.slice(0, 50)) runner.run(a, warm);
  const ms = new Float64Array(runner.stages.length);
  let articles = 0;
  let chars = 0;
  const invalid: string[] = [];
  const t0 = performance.now();
  do {
    for (const a of corpus) {
      const record = runner.run(a, ms);
      // Every record the bench makes is checked (span inside the text, text === slice(span), ids resolve).
      if (articles < corpus.length) for (const p of checkInvariants(record)) invalid.push(`${a.id}: ${p}`);
      articles++;
      chars += a.text.length;
    }
  } while (performance.now() - t0 < minMs);
  return { stages: runner.stages, ms, articles, chars, invalid };
}

function stageTable(s: ReturnType<typeof measureStages>): string[] {
  const total = s.ms.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const rows = s.stages.map((stage, i) => {
    const ms = s.ms[i]!;
    cumulative += ms;
    return [stage, fixed(ms, 0), fixed((ms * 1000) / s.articles, 0), `${fixed((100 * ms) / total)}%`, si((s.chars * 1000) / ms),
      fixed((s.articles * 1000) / cumulative, 0)];
  });
  rows.push(['total', fixed(total, 0), fixed((total * 1000) / s.articles, 0), '100.0%', si((s.chars * 1000) / total), fixed((s.articles * 1000) / total, 0)]);
  return table(['stage', 'ms', 'µs/article', 'share', 'chars/s', 'articles/s up to here'], rows);
}

function pathologicalTable(results: readonly PathologicalResult[]): string[] {
  const rows = results.map((r) => {
    const worst = [...r.stages].sort((a, b) => b.ms - a.ms)[0];
    const status = r.status === 'ok' ? (r.flagged ? `SLOW (>${FLAG_RATIO}×)` : 'ok')
      : r.failedStage ? `${r.status} in ${r.failedStage} (×${r.failedScale})` : `${r.status} (start-up)`;
    return [r.name, int(r.chars), fixed(r.totalMs, 0), Number.isFinite(r.ratio) ? `${fixed(r.ratio, 2)}×` : '-', fixed(r.exponent, 2),
      worst ? `${worst.stage} ${fixed(worst.ms, 0)}` : '-', fixed(r.maxRssMB, 0), status];
  });
  return table(['input', 'chars', 'CPU ms', 'per-char vs normal', 'growth exp', 'slowest stage', 'peak RSS MB', 'status'], rows);
}

/** The per-stage lines of an input that was flagged, so the report names the stage at fault. */
function flaggedDetail(r: PathologicalResult): string[] {
  const head = `  ${r.name} (${r.description}): ${r.status}${r.message ? ` — ${r.message}` : ''}`;
  const lines = [head];
  if (r.status === 'TIMEOUT')
    lines.push(`    at scale ×${r.failedScale}: ${r.failedDoneMs.map((ms, i) => `${r.stageNames[i] ?? `stage ${i}`} ${fixed(ms, 0)} ms`).join(', ')}` +
      `${r.failedDoneMs.length ? ', then ' : ''}${r.failedStage} did not finish${r.stages.length ? '; the smaller run below finished' : ''}`);
  if (!r.stages.length) return lines;
  return [...lines, ...table(['stage', 'CPU ms', 'per-char vs normal', 'growth exp'],
    r.stages.map((s) => [`${s.hot ? '» ' : ''}${s.stage}`, fixed(s.ms, 1), `${fixed(s.ratio, 2)}×`, fixed(s.exponent, 2)]), '    ')];
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const machine = describeMachine();
  const log = (line = ''): void => void process.stdout.write(line + '\n');
  log(`attest bench${opts.quick ? ' (quick)' : ''} — ${new Date().toISOString().slice(0, 16)}Z`);
  log(`machine: ${formatMachine(machine)}`);

  const corpus = [...generateCorpus(opts.articles), ...handwritten()];
  const corpusChars = corpus.reduce((n, a) => n + a.text.length, 0);
  log(`corpus: ${opts.articles} generated (seed ${DEFAULT_SEED}) + ${corpus.length - opts.articles} handwritten articles, ` +
    `${int(corpusChars)} chars, ${int(corpusChars / corpus.length)} chars/article`);

  // 1. attest, the real code path.
  const pipeline = createPipeline();
  const counts = { entities: 0, statements: 0, quantities: 0, times: 0, relations: 0 };
  const attest = measureThroughput(corpus, (a) => {
    const r = toRecord(pipeline.analyze(a));
    counts.entities += r.entities.length;
    counts.statements += r.statements.length;
    counts.quantities += r.quantities.length;
    counts.times += r.times.length;
    counts.relations += r.relations.length;
  }, opts.minMs, corpus.length); // a whole pass of warm-up: the JIT has seen every extractor path before timing
  const stages = measureStages(corpus, opts.minMs / 3);
  const attestRss = peakRssMB();

  // 2. The peer, same process, same texts, after attest's peak memory is read; interleaved per article with
  //    attest so that the ratio does not depend on what else the machine was doing at the time.
  const peer = await loadCompromise();
  let peerNames = 0;
  const [attestBeside, peerRun] = measureInterleaved(corpus, [
    (a) => void toRecord(pipeline.analyze(a)),
    (a) => void (peerNames += peer.analyze(a.text)),
  ], opts.minMs) as [Throughput, Throughput];
  const processRss = peakRssMB();
  const ratio = attestBeside.articlesPerSecond / peerRun.articlesPerSecond;

  log();
  log(`throughput (same ${corpus.length} texts, same process, whole passes after a warm-up: attest alone for ≥ ${opts.minMs / 1000} s, ` +
    `then attest and the peer interleaved per article until each has run ≥ ${opts.minMs / 1000} s)`);
  const per = (n: number): string => fixed(n / attest.calls, 1);
  for (const line of table(['engine', 'articles/s', 'chars/s', 'ms/article', 'articles/CPU-s', 'articles run', 'peak RSS MB', 'found per article'], [
    ['attest (analyze + toRecord)', fixed(attest.articlesPerSecond, 1), si(attest.charsPerSecond), fixed(attest.ms / attest.articles, 2), fixed(attest.articlesPerCpuSecond, 1),
      int(attest.articles), fixed(attestRss, 0),
      `${per(counts.entities)} entities, ${per(counts.statements)} statements, ${per(counts.quantities)} quantities, ${per(counts.times)} times, ${per(counts.relations)} relations`],
    [`${peer.name} (people/places/orgs)`, fixed(peerRun.articlesPerSecond, 1), si(peerRun.charsPerSecond), fixed(peerRun.ms / peerRun.articles, 2), fixed(peerRun.articlesPerCpuSecond, 1),
      int(peerRun.articles), `${fixed(processRss, 0)} (process)`, `${fixed(peerNames / peerRun.calls, 1)} names`],
  ])) log(line);
  log(`  ratio attest/${peer.name.split(' ')[0]}: ${ratio.toFixed(2)}× (articles/s, the two interleaved per article over ${int(peerRun.articles)} articles: ` +
    `attest ${fixed(attestBeside.articlesPerSecond, 1)}/s beside ${peer.name.split(' ')[0]} ${fixed(peerRun.articlesPerSecond, 1)}/s)`);

  log();
  log(`per stage (${int(stages.articles)} articles, one staged runner mirroring the pipeline; "articles/s up to here" = a pipeline that stops after that stage)`);
  for (const line of stageTable(stages)) log(line);
  log(stages.invalid.length ? `  INVALID records: ${stages.invalid.length} span invariant problems, e.g. ${stages.invalid.slice(0, 3).join('; ')}`
    : `  span invariants hold on all ${int(corpus.length)} records`);

  const results: PathologicalResult[] = [];
  if (opts.pathological) {
    const inputs = PATHOLOGICAL.filter((p) => !opts.only || p.name === opts.only);
    const scales = opts.scales;
    log();
    log(`pathological inputs (each in its own process, ${opts.jobs} at a time; TIMEOUT past max(${opts.capMs / 1000} s, ${TIMEOUT_FACTOR}× the time normal articles predict); ` +
      `sizes ×${scales.join(' then ×')}; per-char vs normal = CPU time per character ÷ a normal article's, measured in the same process; ` +
      `growth exp: 1 = linear, 2 = quadratic)`);
    results.push(...(await pool(inputs.map((input) => () => runPathological(input, scales, opts.capMs, opts.quick ? 100 : 400)), opts.jobs)));
    for (const line of pathologicalTable(results)) log(line);
    const flagged = results.filter((r) => r.flagged);
    if (flagged.length) {
      log();
      log(`flagged (a stage > ${FLAG_RATIO}× a normal article's cost per character, a timeout or an error; » marks the stage):`);
      for (const r of flagged) for (const line of flaggedDetail(r)) log(line);
    }
  }
  const failures: Array<{ name: string; status: string }> = results.filter((r) => r.status !== 'ok');
  if (stages.invalid.length) failures.push({ name: 'corpus', status: 'INVALID' });
  log();
  log(`bench took ${((performance.now() - started) / 1000).toFixed(1)} s${failures.length ? `; FAILED: ${failures.map((r) => `${r.name} ${r.status}`).join(', ')}` : ''}`);

  if (opts.json)
    log(JSON.stringify({
      articlesPerSecond: round(attest.articlesPerSecond),
      charsPerSecond: Math.round(attest.charsPerSecond),
      articlesPerCpuSecond: round(attest.articlesPerCpuSecond),
      peakRssMB: round(attestRss),
      peer: { name: peer.name, articlesPerSecond: round(peerRun.articlesPerSecond), charsPerSecond: Math.round(peerRun.charsPerSecond), processPeakRssMB: round(processRss),
        articlesPerCpuSecond: round(peerRun.articlesPerCpuSecond), attestArticlesPerSecondBeside: round(attestBeside.articlesPerSecond) },
      ratio: round(ratio, 3),
      machine,
      corpus: { articles: corpus.length, chars: corpusChars, seed: DEFAULT_SEED, quick: opts.quick, invariantProblems: stages.invalid.length },
      stages: Object.fromEntries(stages.stages.map((s, i) => [s, { ms: round(stages.ms[i]!), usPerArticle: round((stages.ms[i]! * 1000) / stages.articles) }])),
      pathological: results.map((r) => ({
        name: r.name, status: r.status, failedStage: r.failedStage, chars: r.chars, ms: round(r.totalMs), ratio: round(r.ratio, 3),
        exponent: r.exponent === null ? null : round(r.exponent, 3), flagged: r.flagged, peakRssMB: round(r.maxRssMB),
        stages: Object.fromEntries(r.stages.map((s) => [s.stage, { ms: round(s.ms), ratio: round(s.ratio, 3) }])),
      })),
    }));
  if (failures.length) process.exitCode = 1;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Number.isFinite(n) ? Math.round(n * f) / f : n;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
