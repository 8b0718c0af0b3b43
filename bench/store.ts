// Store throughput: `attest ingest` of generated fictional articles into SQLite and (when ATTEST_TEST_PG is
// set, e.g. under scripts/with-postgres.sh) PostgreSQL, with 1 and 2 analysis threads; plus the store alone
// (saving records analysed beforehand), and the database size per 1,000 articles.
//   node dist/bench/store.js [--count 10000] [--workers 1,2]
//   bash scripts/with-postgres.sh node dist/bench/store.js
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { ArticleRecord } from '../src/model/record.js';
import { createAnalyzePool } from '../src/store/ingest/analyze-pool.js';
import { itemsFromReads, runIngest } from '../src/store/ingest/run-ingest.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { saveArticle } from '../src/store/save-article.js';
import { generateCorpus } from './generate-corpus.js';
import { describeMachine, formatMachine } from './machine.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const COUNT = Number(arg('count', '10000'));
const WORKERS = arg('workers', '1,2').split(',').map(Number);
const STORE_ONLY = Math.min(COUNT, 3000);
const PG = process.env['ATTEST_TEST_PG'];

interface Target {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<{ url: string; size: (store: Store) => Promise<number>; drop: () => Promise<void> }>;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-store-'));
let n = 0;
const sqliteTarget: Target = {
  name: 'sqlite',
  async fresh() {
    const file = path.join(tmp, `b${n++}.db`);
    return {
      url: file,
      async size(store) {
        await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
        return ['', '-wal'].reduce((s, ext) => s + (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : 0), 0);
      },
      drop: async () => ['', '-wal', '-shm'].forEach((ext) => fs.rmSync(file + ext, { force: true })),
    };
  },
};
const pgTarget = (base: string): Target => ({
  name: 'postgres',
  async fresh() {
    const name = `attest_bench_${process.pid}_${n++}`;
    const admin = async (q: string) => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(q);
      await c.end();
    };
    await admin(`create database ${name}`);
    const u = new URL(base);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      async size(store) {
        await sql`vacuum`.execute(store.db);
        const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(store.db);
        return Number(r.rows[0]!.n);
      },
      async drop() {
        // pool.end() resolves before its sockets close: wait until the database is free.
        for (let i = 0; i < 50; i++) {
          try {
            return await admin(`drop database if exists ${name}`);
          } catch {
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        await admin(`drop database if exists ${name} with (force)`);
      },
    };
  },
});

const perSec = (count: number, ms: number) => Math.round((count / ms) * 1000);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);

async function benchIngest(target: Target, file: string, workers: number): Promise<string> {
  const db = await target.fresh();
  const store = await openStore(db.url);
  const empty = await db.size(store);
  const pool = await createAnalyzePool(workers);
  const t0 = performance.now();
  const counts = await runIngest(itemsFromReads(readInputs([file])), { store, pool });
  const ms = performance.now() - t0;
  await pool.close();
  const size = (await db.size(store)) - empty;
  await store.close();
  await db.drop();
  if (counts.ingested !== COUNT) throw new Error(`expected ${COUNT} ingested, got ${JSON.stringify(counts)}`);
  return `| ${target.name} | ingest, ${workers} worker${workers > 1 ? 's' : ''} | ${COUNT} | ${(ms / 1000).toFixed(1)} s | ${perSec(COUNT, ms)} | ${mb((size / COUNT) * 1000)} MB |`;
}

async function benchStoreOnly(target: Target, records: readonly ArticleRecord[]): Promise<string> {
  const db = await target.fresh();
  const store = await openStore(db.url);
  const t0 = performance.now();
  for (const r of records) await saveArticle(store, r);
  const ms = performance.now() - t0;
  await store.close();
  await db.drop();
  return `| ${target.name} | store only (saveArticle, serial) | ${records.length} | ${(ms / 1000).toFixed(1)} s | ${perSec(records.length, ms)} | |`;
}

const machine = describeMachine();
const corpus = generateCorpus(COUNT);
const file = path.join(tmp, 'corpus.jsonl');
fs.writeFileSync(file, corpus.map((a) => JSON.stringify({ id: a.id, outlet: a.outlet, published: a.published, title: a.title, url: a.url, text: a.text })).join('\n') + '\n');
const inline = await createAnalyzePool(0);
const records: ArticleRecord[] = [];
for (const a of corpus.slice(0, STORE_ONLY)) records.push(await inline.analyze(a));
const rows = records.reduce((s, r) => s + 1 + r.entities.length + r.entities.reduce((m, e) => m + e.mention_spans.length, 0) + r.statements.length + r.quantities.length + r.times.length + r.relations.length, 0);

const targets = [sqliteTarget, ...(PG ? [pgTarget(PG)] : [])];
const lines = [
  `attest store bench — ${formatMachine(machine)}`,
  `corpus: ${COUNT} generated fictional articles (bench/generate-corpus.ts), ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB JSONL; ` +
    `${(rows / records.length).toFixed(1)} rows per article; extractors: ${process.env['ATTEST_TEST_EXTRACTORS'] ? 'test fixture' : 'default pipeline'}`,
  PG ? `postgres: ${PG.replace(/:[^:@/]*@/, '@')}` : 'postgres: skipped (set ATTEST_TEST_PG, e.g. bash scripts/with-postgres.sh node dist/bench/store.js)',
  '',
  '| store | run | articles | time | articles/s | db size per 1,000 articles |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
];
console.log(lines.join('\n'));
for (const t of targets) {
  console.log(await benchStoreOnly(t, records));
  for (const w of WORKERS) console.log(await benchIngest(t, file, w));
}
fs.rmSync(tmp, { recursive: true, force: true });
