/**
 * Prints what the pipeline produces now for golden cases, as candidate must_include patterns, and which
 * of the case's expectations fail, so an annotator can review output against the article. It never
 * writes expectation files: those hold what a correct system must produce, decided by a person.
 *   node dist/scripts/update-golden.js [CASE...]      (no CASE: every case)
 *   node dist/scripts/update-golden.js --json CASE    (the full record as JSON)
 *   node dist/scripts/update-golden.js --write-backlog [CASE...]
 *       moves every expectation the pipeline does not meet into the case's `backlog`, and every backlog item
 *       it now meets back into its list; review the diff before committing (a regression must not be hidden).
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkInvariants } from '../src/model/check-invariants.js';
import type { ArticleRecord } from '../src/model/record.js';
import { analyzeFile } from '../test/helpers/analyze-file.js';
import { formatExpected } from '../test/helpers/format-expected.js';
import { checkExpected, checkPattern, describeItem, FIELDS, formatFailures, type BacklogItem, type Expected } from '../test/helpers/golden-match.js';
import { repoPath } from '../test/helpers/paths.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const writeBacklog = args.includes('--write-backlog');
const names = args.filter((a) => !a.startsWith('--'));
const articles = repoPath('test', 'golden', 'articles');
const all = fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const unknown = names.filter((n) => !all.includes(n));
if (unknown.length) {
  process.stderr.write(`update-golden: no such case: ${unknown.join(', ')} (cases: ${all.join(', ')})\n`);
  process.exit(2);
}

function show(name: string, rec: ArticleRecord): void {
  const out: string[] = [`== ${name} (${rec.outlet ?? 'no outlet'}, ${rec.published})`];
  for (const p of checkInvariants(rec)) out.push(`  INVARIANT: ${p}`);
  for (const f of FIELDS) {
    const items = rec[f] as unknown as Array<Record<string, unknown>>;
    out.push(`  ${f} (${items.length})`);
    for (const it of items) out.push(`    ${describeItem(f, it)}`);
  }
  const file = repoPath('test', 'golden', 'expected', `${name}.json`);
  if (fs.existsSync(file)) {
    const report = checkExpected(rec, JSON.parse(fs.readFileSync(file, 'utf8')) as Expected);
    out.push(`  expectations: ${report.met}/${report.total} met, ${report.knownFailures.length} backlog unmet, ${report.fixedBacklog.length} backlog now met`);
    const diff = formatFailures(report);
    if (diff) out.push(diff);
    for (const k of report.knownFailures) out.push(`    backlog: ${k}`);
    for (const k of report.fixedBacklog) out.push(`    backlog NOW MET: ${k}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

/** Unmet expectations go to the backlog, met backlog items go back to their lists. Returns [moved out, moved back]. */
function rebaseline(rec: ArticleRecord, e: Expected): [number, number] {
  let out = 0;
  let back = 0;
  const backlog: BacklogItem[] = [];
  for (const b of e.backlog ?? []) {
    const list = b.must_include ? 'must_include' : 'must_exclude';
    const p = (b.must_include ?? b.must_exclude)!;
    if (checkPattern(rec, b.field, list, p)) backlog.push(b);
    else {
      const fe = (e[b.field] ??= {});
      (fe[list] ??= []).push(p);
      back++;
    }
  }
  for (const f of FIELDS) {
    const fe = e[f];
    if (!fe) continue;
    for (const list of ['must_include', 'must_exclude'] as const) {
      const keep = [];
      for (const p of fe[list] ?? []) {
        if (checkPattern(rec, f, list, p)) {
          backlog.push({ field: f, [list]: p });
          out++;
        } else keep.push(p);
      }
      if (fe[list]) fe[list] = keep;
    }
  }
  e.backlog = backlog;
  return [out, back];
}

for (const name of names.length ? names : all) {
  const rec = analyzeFile(path.join(articles, `${name}.txt`));
  if (writeBacklog) {
    const file = repoPath('test', 'golden', 'expected', `${name}.json`);
    const e = JSON.parse(fs.readFileSync(file, 'utf8')) as Expected;
    const [out, back] = rebaseline(rec, e);
    fs.writeFileSync(file, formatExpected(e));
    process.stdout.write(`${name}: ${out} moved to backlog, ${back} moved back, backlog now ${e.backlog?.length ?? 0}\n`);
  } else if (asJson) process.stdout.write(JSON.stringify(rec, null, 2) + '\n');
  else show(name, rec);
}
