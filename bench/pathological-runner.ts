// Runs each pathological input in a forked child with a hard time cap and turns the child's reports
// into per-input results: cost per character relative to a normal article, per stage, and how time
// grows with size (the exponent from a quarter-size run: 1 = linear, 2 = quadratic).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage } from './pathological-child.js';
import type { PathologicalInput } from './pathological.js';

/** A stage is "hot" when its cost per character is this many times a normal article's... */
export const FLAG_RATIO = 5;
/** ...and it took at least this long (tiny stages have noisy ratios). */
const FLAG_MIN_MS = 50;

export interface StageResult {
  readonly stage: string;
  readonly ms: number;
  /** Cost per character relative to the same stage on normal articles. */
  readonly ratio: number;
  /** Growth exponent between the smaller and the full run, or null when under 100 ms (too noisy to tell). */
  readonly exponent: number | null;
  readonly hot: boolean;
}

export interface PathologicalResult {
  readonly name: string;
  readonly description: string;
  /** INVALID: a record broke a span invariant (text !== slice(span), out of bounds...). */
  readonly status: 'ok' | 'TIMEOUT' | 'ERROR' | 'INVALID';
  /** On TIMEOUT or ERROR: the stage that was running, and at which scale. */
  readonly failedStage: string | null;
  readonly failedScale: number | null;
  readonly message: string | null;
  /** On TIMEOUT: milliseconds of the stages that finished before the one that hung, at the failed scale. */
  readonly failedDoneMs: readonly number[];
  /** The stage names, in order (from the child's baseline). */
  readonly stageNames: readonly string[];
  readonly chars: number;
  readonly totalMs: number;
  readonly ratio: number;
  readonly exponent: number | null;
  readonly stages: readonly StageResult[];
  readonly maxRssMB: number;
  readonly flagged: boolean;
}

const CHILD = fileURLToPath(new URL('./pathological-child.js', import.meta.url));
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function exponent(msSmall: number | undefined, msFull: number, charsSmall: number | undefined, charsFull: number): number | null {
  if (msSmall === undefined || charsSmall === undefined || msFull < 100 || msSmall <= 0 || charsFull <= charsSmall) return null;
  return Math.log(msFull / msSmall) / Math.log(charsFull / charsSmall);
}

/** The line of a child's stderr that says what went wrong. */
function errorLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /^\w*Error\b|^Error:|out of memory/i.test(l)) ?? lines[0] ?? 'the child exited without a result').slice(0, 300);
}

/** A TIMEOUT is a run slower than this many times what a normal article's cost per character predicts (and slower than the cap). */
export const TIMEOUT_FACTOR = 5;
/** Time allowed to start the child and measure the baseline. */
const STARTUP_MS = 30_000;
/** However slow normal articles are, no input may run longer than this many times the cap (keeps the bench bounded). */
const HARD_CAP_FACTOR = 4;

/**
 * Runs `input` at each of `scales` (ascending; the last is the one reported). The child is killed
 * (TIMEOUT) when its runs take longer than max(capMs, TIMEOUT_FACTOR × the time normal articles predict).
 */
export function runPathological(input: PathologicalInput, scales: readonly number[], capMs: number, baselineMs = 300): Promise<PathologicalResult> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [input.name, scales.join(','), String(baselineMs)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => { if (stderr.length < 2000) stderr += d.toString(); });
    let baseline: { stages: string[]; nsPerChar: number[] } | null = null;
    const results: Array<{ scale: number; chars: number; stageMs: number[]; maxRssMB: number }> = [];
    let current: { scale: number; stage: string; doneMs: number[] } | null = null;
    let failure: { status: 'TIMEOUT' | 'ERROR' | 'INVALID'; stage: string | null; scale: number | null; message: string } | null = null;
    let settled = false;

    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const last = results.at(-1);
      const small = results.length > 1 ? results[results.length - 2] : undefined;
      const baseTotal = baseline ? sum(baseline.nsPerChar) : NaN;
      const stages: StageResult[] = [];
      if (last && baseline)
        baseline.stages.forEach((stage, i) => {
          const ms = last.stageMs[i]!;
          const ratio = (ms * 1e6) / last.chars / Math.max(baseline!.nsPerChar[i]!, 1e-3);
          stages.push({ stage, ms, ratio, exponent: exponent(small?.stageMs[i], ms, small?.chars, last.chars), hot: ratio > FLAG_RATIO && ms >= FLAG_MIN_MS });
        });
      const totalMs = last ? sum(last.stageMs) : NaN;
      const ratio = last ? (totalMs * 1e6) / last.chars / baseTotal : NaN;
      if (!failure && !last) failure = { status: 'ERROR', stage: current?.stage ?? null, scale: current?.scale ?? null, message: errorLine(stderr) };
      resolve({
        name: input.name,
        description: input.description,
        status: failure ? failure.status : 'ok',
        failedStage: failure?.stage ?? null,
        failedScale: failure?.scale ?? null,
        message: failure?.message ?? null,
        failedDoneMs: failure?.status === 'TIMEOUT' && current ? current.doneMs : [],
        stageNames: baseline?.stages ?? [],
        chars: last?.chars ?? NaN,
        totalMs,
        ratio,
        exponent: last ? exponent(small ? sum(small.stageMs) : undefined, totalMs, small?.chars, last.chars) : null,
        stages,
        maxRssMB: last?.maxRssMB ?? NaN,
        flagged: failure !== null || ratio > FLAG_RATIO || stages.some((s) => s.hot),
      });
    };

    const arm = (ms: number, what: string): NodeJS.Timeout => setTimeout(() => {
      failure = { status: 'TIMEOUT', stage: current?.stage ?? null, scale: current?.scale ?? null, message: `no result within ${(ms / 1000).toFixed(1)} s (${what})` };
      child.kill('SIGKILL');
      finish();
    }, ms);
    let timer = arm(STARTUP_MS, 'start-up and baseline');

    child.on('message', (msg: ChildMessage) => {
      if (msg.type === 'baseline') baseline = { stages: msg.stages, nsPerChar: msg.nsPerChar };
      else if (msg.type === 'plan') {
        const expectedMs = (sum(msg.chars) * (baseline ? sum(baseline.nsPerChar) : 0)) / 1e6;
        clearTimeout(timer);
        const limit = Math.min(HARD_CAP_FACTOR * capMs, Math.max(capMs, TIMEOUT_FACTOR * expectedMs));
        timer = arm(limit, `cap ${capMs / 1000} s, or ${TIMEOUT_FACTOR}× the ${expectedMs.toFixed(0)} ms normal articles predict, at most ${HARD_CAP_FACTOR * capMs / 1000} s`);
      }
      else if (msg.type === 'stage') current = { scale: msg.scale, stage: msg.stage, doneMs: msg.doneMs };
      else if (msg.type === 'result') results.push(msg);
      else if (msg.type === 'invalid') failure = { status: 'INVALID', stage: 'toRecord', scale: msg.scale, message: msg.problems.join('; ') };
      else failure = { status: 'ERROR', stage: msg.stage, scale: msg.scale, message: msg.message };
    });
    child.on('exit', () => finish());
    child.on('error', (err) => {
      failure = { status: 'ERROR', stage: null, scale: null, message: err.message };
      finish();
    });
  });
}
