// `npm run eval`: analyse the shared dev corpora (fictional dev and dev-stories, 20 real articles in
// dev-real) and our own held-out sets — cross-article fields too where a corpus has stories.json — score them with
// ../shared/eval/score.mjs, and fail when a field drops under the floor pinned in eval/baseline.json.
// The held-out sets (test/heldout*) are annotated fictional articles that nobody tunes on: they say how
// attest does on text its rules were not shaped by, where dev scores are flattered by tuning. So that
// they stay unseen, --verbose never lists their misses.
//   npm run eval                       score and check floors
//   npm run eval -- --verbose          also print every miss and extra item per article
//   npm run eval -- --raise            raise floors to the current scores (never lowers)
//   npm run eval -- --raise --allow-lower   also lower floors (say why in the commit)
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../src/extract/pipeline.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import { projectRoot } from '../src/lexicons.js';
import { toRecord, type ArticleRecord } from '../src/model/record.js';
import { predictStories } from './predict-stories.js';

const FIELDS = ['entities', 'entities_typed', 'statements', 'quantities', 'times', 'relations'] as const;
const RATIOS = ['mention_recall', 'statement_kind', 'statement_count', 'statement_via'] as const;
// Scored on corpora with cross-article gold (stories.json with roles, claims, figures, labels).
const STORY_FIELDS = ['story_pairs', 'story_origin', 'story_roles', 'claims', 'claim_status', 'figures', 'labels'] as const;

interface Baseline {
  corpus_hash: Record<string, string>;
  floors: Record<string, Record<string, number>>;
}

const args = process.argv.slice(2);
const root = projectRoot();
const shared = path.resolve(process.env['ATTEST_SHARED'] ?? path.join(root, '..', 'shared'));
const evalDir = path.join(shared, 'eval');
if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.log(`eval: skipped: ${evalDir} not found (set ATTEST_SHARED to the shared folder)`);
  process.exit(0);
}
const baselineFile = path.join(root, 'eval', 'baseline.json');
const baseline: Baseline = fs.existsSync(baselineFile)
  ? (JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Baseline)
  : { corpus_hash: {}, floors: {} };
const outDir = path.join(root, '.eval-out');
fs.mkdirSync(outDir, { recursive: true });
const pipeline = createPipeline();
let failed = false;

const corpora: Array<[string, string]> = [
  ['dev', path.join(evalDir, 'dev')],
  ['dev-stories', path.join(evalDir, 'dev-stories')],
  ['dev-real', path.join(evalDir, 'dev-real')],
  ['heldout', path.join(root, 'test', 'heldout')],
  ['heldout-2', path.join(root, 'test', 'heldout-2')],
  ['heldout-stories', path.join(root, 'test', 'heldout-stories')],
];
for (const [corpus, dir] of corpora) {
  if (!fs.existsSync(dir)) continue;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'stories.json').sort();
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  const corpusHash = hash.digest('hex').slice(0, 16);
  const records: ArticleRecord[] = [];
  for (const r of readInputs(files.map((f) => path.join(dir, f)))) {
    if (!r.ok) {
      console.error(r.error.message);
      failed = true;
      continue;
    }
    records.push(toRecord(pipeline.analyze(r.article)));
  }
  const predFile = path.join(outDir, `${corpus}.jsonl`);
  fs.writeFileSync(predFile, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const scoreArgs = [path.join(evalDir, 'score.mjs'), dir, predFile];
  const hasStories = fs.existsSync(path.join(dir, 'stories.json'));
  if (hasStories) {
    const storiesFile = path.join(outDir, `${corpus}.stories.json`);
    await predictStories(records, storiesFile);
    scoreArgs.push('--stories', storiesFile);
  }
  const result = JSON.parse(execFileSync(process.execPath, [...scoreArgs, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as {
    summary: Record<string, { f1?: number; value?: number }>;
  };
  console.log(`\n== ${corpus} (${files.length} articles, corpus ${corpusHash})`);
  console.log(execFileSync(process.execPath, [...scoreArgs, ...(args.includes('--verbose') && !corpus.startsWith('heldout') ? ['--verbose'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  if (baseline.corpus_hash[corpus] && baseline.corpus_hash[corpus] !== corpusHash)
    console.log(`eval: note: ${corpus} changed since the floors were pinned (${baseline.corpus_hash[corpus]} → ${corpusHash})`);
  const floors = (baseline.floors[corpus] ??= {});
  const score = (k: string) => result.summary[k]?.f1 ?? result.summary[k]?.value ?? 0;
  for (const k of [...FIELDS, ...RATIOS, ...(hasStories ? STORY_FIELDS : [])]) {
    const now = score(k);
    const floor = floors[k];
    if (floor != null && now + 1e-9 < floor) {
      console.log(`eval: FAIL ${corpus} ${k} ${(100 * now).toFixed(1)} < floor ${(100 * floor).toFixed(1)}`);
      failed = true;
    }
    if (args.includes('--raise')) {
      const pinned = Math.floor(now * 1000) / 1000;
      if (floor == null || pinned > floor || args.includes('--allow-lower')) floors[k] = pinned;
    }
  }
  if (args.includes('--raise')) baseline.corpus_hash[corpus] = corpusHash;
}
if (args.includes('--raise')) {
  fs.writeFileSync(baselineFile, JSON.stringify(baseline, null, 2) + '\n');
  console.log(`eval: floors written to ${path.relative(process.cwd(), baselineFile)}`);
}
console.log(failed ? 'eval: FAILED' : 'eval: ok, every field at or above its floor');
process.exit(failed ? 1 : 0);
