// Validates every lexicon file: a header row, rows as wide as the header, no empty key, no duplicate row,
// then compiles the whole pipeline, whose extractors validate their own columns through loadLexicon.
import fs from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../src/extract/pipeline.js';
import { projectRoot } from '../src/lexicons.js';

const dir = path.join(projectRoot(), 'lexicons', 'en');
let problems = 0;
let rows = 0;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
for (const f of files) {
  const rel = path.join('lexicons', 'en', f);
  const lines = fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/);
  let width = 0;
  const seen = new Map<string, number>();
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t');
    if (!width) {
      width = cells.length;
      return;
    }
    rows++;
    const report = (col: number, why: string) => {
      problems++;
      console.log(`${rel}:${i + 1}:${col}: ${why}`);
    };
    if (cells.length > width) report(width + 1, `${cells.length} cells, header has ${width}`);
    if (!cells[0]!.trim()) report(1, 'empty first column');
    const key = cells.map((c) => c.trim()).join('\t');
    const first = seen.get(key);
    if (first) report(1, `duplicate of line ${first}`);
    else seen.set(key, i + 1);
  });
  if (!width) {
    problems++;
    console.log(`${rel}:1:1: no header row`);
  }
}
try {
  createPipeline();
} catch (err) {
  problems++;
  console.log(err instanceof Error ? err.message : String(err));
}
console.log(problems ? `check-lexicons: ${problems} problem(s)` : `check-lexicons: ok (${files.length} files, ${rows} rows)`);
process.exit(problems ? 1 : 0);
