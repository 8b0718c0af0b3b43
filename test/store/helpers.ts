import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/model/article.js';
import { toRecord, type ArticleRecord } from '../../src/model/record.js';
import { extractors } from './fixture-extractors.js';
import { fictionalArticle } from './fictional-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The compiled CLI and the compiled fixture-extractor module (the ATTEST_TEST_EXTRACTORS hook). */
export const CLI = path.resolve(here, '../../src/cli/main.js');
export const FIXTURE_MODULE = path.resolve(here, 'fixture-extractors.js');

export const fixturePipeline = createPipeline(extractors);

/** Fictional article `i` as an Article read from `file` line `line`. */
export function articleAt(i: number, file = 'corpus.jsonl', line: number | null = i + 1): Article {
  return { ...fictionalArticle(i), origin: { file, line, format: 'jsonl' } };
}

/** What a fresh analysis with the fixture extractors gives. */
export function freshRecord(article: Article): ArticleRecord {
  return toRecord(fixturePipeline.analyze(article));
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with the fixture extractors, stdin from `input`. */
export function runCli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ATTEST_TEST_EXTRACTORS: FIXTURE_MODULE, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
