// A short reporter for Node's test runner: one line per test file, every failure in full, the reason of
// every skipped suite, the todo tests (known gaps), and a closing line "N passed, N failed, N skipped" that counts skipped suites too
// (Node's own summary says "skipped 0" when a whole describe() is skipped).
//   node --test --test-reporter=./scripts/test-reporter.mjs FILES...
import path from 'node:path';
import { inspect } from 'node:util';

const rel = (f) => (f ? path.relative(process.cwd(), f) : '?');

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const todos = [];
  const perFile = new Map();
  const fileOf = (data) => {
    const f = rel(data.file);
    if (!perFile.has(f)) perFile.set(f, { passed: 0, failed: 0, skipped: 0, ms: 0 });
    return perFile.get(f);
  };
  const failures = [];
  for await (const event of source) {
    const { type, data } = event;
    if (type === 'test:stdout' || type === 'test:stderr') {
      const msg = String(data.message ?? '').trimEnd();
      if (msg) yield `${msg}\n`;
    } else if (type === 'test:pass' || type === 'test:fail') {
      const isSuite = data.details?.type === 'suite';
      const f = fileOf(data);
      if (data.nesting === 0 && !isSuite && data.name === rel(data.file)) continue;
      if (data.skip !== undefined && data.skip !== false) {
        skipped++;
        f.skipped++;
        yield `  skipped: ${data.name}${typeof data.skip === 'string' ? ` (${data.skip})` : ''}\n`;
        continue;
      }
      if (isSuite) continue;
      // A todo test is a known gap, written down: it runs and is listed, its failure does not fail the run.
      if (data.todo !== undefined && data.todo !== false) {
        todos.push(`${type === 'test:pass' ? '✔ now passes' : '… still fails'}: ${rel(data.file)}: ${data.name}${typeof data.todo === 'string' ? ` (${data.todo})` : ''}`);
        continue;
      }
      if (type === 'test:pass') {
        passed++;
        f.passed++;
      } else {
        failed++;
        f.failed++;
        const err = data.details?.error;
        const cause = err?.cause ?? err;
        failures.push(`✖ ${rel(data.file)}: ${data.name}\n${inspect(cause, { depth: 4 }).replace(/^/gm, '    ')}\n`);
      }
    } else if (type === 'test:diagnostic' && /^duration_ms/.test(data.message ?? '') === false && data.nesting === 0) {
      // Node's own totals (tests, pass, fail…) are replaced by the closing line below.
      if (!/^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(data.message)) yield `# ${data.message}\n`;
    }
  }
  for (const [file, c] of [...perFile].sort()) {
    if (!c.passed && !c.failed && !c.skipped) continue;
    yield `${c.failed ? '✖' : '✔'} ${file}: ${c.passed} passed${c.failed ? `, ${c.failed} failed` : ''}${c.skipped ? `, ${c.skipped} skipped` : ''}\n`;
  }
  if (todos.length) yield `\nknown gaps (todo):\n${todos.map((t) => `  ${t}\n`).join('')}`;
  if (failures.length) yield `\nfailures:\n${failures.join('')}`;
  yield `\n${passed} passed, ${failed} failed, ${skipped} skipped${todos.length ? `, ${todos.length} todo` : ''}\n`;
}
