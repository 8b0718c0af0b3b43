import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { repoPath } from '../helpers/paths.js';

const CLI = repoPath('dist', 'src', 'cli', 'main.js');
let dir = '';

const GOOD = '---\noutlet: Lakeside Herald\npublished: 2022-09-12\n---\nThe harbour master said on Sunday that 40 boats had been moved.\n';
const LINES = [
  JSON.stringify({ id: 'ok-1', published: '2022-09-10', text: 'The council said the ferry would resume.' }),
  '{"id": "broken", "published": "2022-09-11", "text": "unterminated',
  JSON.stringify({ id: 'bad-date', published: '2022-09-31', text: 'Police said two men were held.' }),
  JSON.stringify({ id: 'ok-4', published: '2022-09-12', text: 'The mayor denied the report.' }),
].join('\n');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const ids = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-cli-'));
  fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'batch.jsonl'), LINES);
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
  fs.writeFileSync(path.join(dir, 'unclosed.txt'), '---\npublished: 2022-09-12\nThe mayor said so.\n');
  fs.writeFileSync(path.join(dir, 'undated.txt'), 'The mayor said so.\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('cli analyze --json: a mixed batch prints the good articles, names every rejected input, exits non-zero', () => {
  const f = (n: string) => path.join(dir, n);
  const r = run(['--json', f('good.txt'), f('batch.jsonl'), f('binary.txt'), f('unclosed.txt'), f('undated.txt')]);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(ids(r.stdout), ['good', 'ok-1', 'ok-4']);
  const expected = [
    `${f('batch.jsonl')}:2: malformed JSON`,
    `${f('batch.jsonl')}:3: invalid "published" date "2022-09-31"`,
    `${f('binary.txt')}: binary file`,
    `${f('unclosed.txt')}:1: front matter opened with --- is never closed`,
    `${f('undated.txt')}: no publication date`,
  ];
  for (const e of expected) assert.ok(r.stderr.includes(e), `stderr lacks ${JSON.stringify(e)}:\n${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, expected.length, r.stderr);
});

test('cli analyze --json: every printed record is a complete article record', () => {
  const r = run(['--json', path.join(dir, 'good.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const rec = JSON.parse(r.stdout.trim()) as Record<string, unknown>;
  assert.equal(rec['outlet'], 'Lakeside Herald');
  assert.equal(rec['published'], '2022-09-12');
  for (const k of ['entities', 'statements', 'quantities', 'times', 'relations']) assert.ok(Array.isArray(rec[k]), k);
});

test('cli analyze: --published supplies the date an input lacks', () => {
  const r = run(['--json', '--published', '2022-09-12', path.join(dir, 'undated.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(ids(r.stdout), ['undated']);
  assert.equal((JSON.parse(r.stdout) as { published: string }).published, '2022-09-12');
});

test('cli analyze: reads stdin as "-"', () => {
  const r = run(['--json', '-'], GOOD);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(ids(r.stdout), ['stdin']);
});

test('cli analyze: a missing file is reported and fails the run', () => {
  const missing = path.join(dir, 'nope.txt');
  const r = run(['--json', missing, path.join(dir, 'good.txt')]);
  assert.equal(r.code, 1);
  assert.deepEqual(ids(r.stdout), ['good']);
  assert.ok(r.stderr.includes(`${missing}: no such file`), r.stderr);
});

test('cli analyze --check: the invariant check passes on a real article', () => {
  const r = run(['--check', '--json', repoPath('test', 'golden', 'articles', 'minister-denial.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /invariant/);
});

test('cli analyze: JSON lines on stdin are sniffed and read line by line', () => {
  const r = run(['--json', '-'], LINES);
  assert.equal(r.code, 1);
  assert.deepEqual(ids(r.stdout), ['ok-1', 'ok-4']);
  assert.ok(r.stderr.includes('-:2: malformed JSON'), r.stderr);
});

test('cli analyze: the README example analyses cleanly and has statements to show', () => {
  const r = run(['--check', '--json', repoPath('examples', 'ceasefire.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const rec = JSON.parse(r.stdout) as { statements: unknown[]; outlet: string };
  assert.equal(rec.outlet, 'Meridian Wire');
  assert.ok(rec.statements.length > 0, 'the example shows no statements');
});
