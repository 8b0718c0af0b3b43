#!/usr/bin/env node
// Runs Node's test runner over every compiled test file. Node 20's --test does not expand globs
// itself, so the files are listed here: every *.test.js under dist/src, dist/test and dist/bench.
//   node scripts/run-tests.mjs [--node-test-flag=value...] [PATTERN...]
// PATTERNs (plain words) keep only the test files whose path contains one of them: `... golden ingest`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roots = ['dist/src', 'dist/test', 'dist/bench'].map((d) => path.join(root, d));

/** Every *.test.js below dir, sorted so runs are repeatable. */
function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && e.name.endsWith('.test.js')) out.push(p);
    }
  }
  return out.sort();
}

// A compiled test whose .ts source is gone is stale output of an old build: skip it.
const hasSource = (js) => fs.existsSync(path.join(root, path.relative(path.join(root, 'dist'), js)).replace(/\.js$/, '.ts'));
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('-'));
const patterns = args.filter((a) => !a.startsWith('-'));
const files = roots
  .flatMap(findTests)
  .filter(hasSource)
  .filter((f) => !patterns.length || patterns.some((p) => path.relative(root, f).includes(p)));
if (!files.length) {
  console.error(`run-tests: no compiled test files under dist/src or dist/test${patterns.length ? ` matching ${patterns.join(', ')}` : ''} (run \`npm run build\` first)`);
  process.exit(1);
}
// The short reporter unless a --test-reporter is given (`npm test -- --test-reporter=spec` for every test).
const reporter = flags.some((f) => f.startsWith('--test-reporter')) ? [] : [`--test-reporter=${path.join(root, 'scripts', 'test-reporter.mjs')}`];
// A hung test fails after 10 minutes instead of holding CI until its own limit kills everything.
const timeout = flags.some((f) => f.startsWith('--test-timeout')) ? [] : ['--test-timeout=600000'];
const r = spawnSync(process.execPath, ['--test', ...reporter, ...timeout, ...flags, ...files], { stdio: 'inherit', cwd: root });
if (r.error) {
  console.error(`run-tests: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
