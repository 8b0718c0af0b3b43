import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { listArticles } from '../../src/store/list-articles.js';
import { loadRecord } from '../../src/store/load-record.js';
import { openStore } from '../../src/store/open-store.js';
import { LAYER_TABLES } from '../../src/store/schema.js';
import { DIALECTS } from './dialects.js';
import { fictionalArticle, fictionalJsonl } from './fictional-corpus.js';
import { articleAt, CLI, FIXTURE_MODULE, freshRecord, runCli } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-proc-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const CORPUS = 1500;
const corpusFile = path.join(tmp, 'large.jsonl');
fs.writeFileSync(corpusFile, fictionalJsonl(CORPUS));
const indexOf = (id: string) => Number(id.slice('fict-'.length));

/** A small seeded generator, so a failing kill point can be replayed. */
function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Integrity of a store after a kill: SQLite's own check, no row without its article, every article whole. */
async function assertWhole(url: string, file: string): Promise<number> {
  const store = await openStore(url);
  try {
    if (store.dialect === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      assert.deepEqual(check.rows, [{ integrity_check: 'ok' }]);
    }
    for (const t of LAYER_TABLES) {
      const orphans = await store.db.selectFrom(t).select('article_id').where('article_id', 'not in', (eb) => eb.selectFrom('articles').select('id')).execute();
      assert.equal(orphans.length, 0, `orphan rows in ${t}`);
    }
    const stored = await listArticles(store.db);
    assert.equal(new Set(stored.map((a) => a.id)).size, stored.length);
    // Layer counts of every stored article equal a fresh analysis: none is partial.
    for (const a of stored) {
      const fresh = freshRecord(articleAt(indexOf(a.id), file));
      const n = (k: keyof typeof a.counts) => a.counts[k];
      assert.deepEqual([n('entities'), n('statements'), n('quantities'), n('times'), n('relations')],
        [fresh.entities.length, fresh.statements.length, fresh.quantities.length, fresh.times.length, fresh.relations.length], a.id);
    }
    return stored.length;
  } finally {
    await store.close();
  }
}

/**
 * Starts `attest ingest --verbose` and SIGKILLs it once `killAfter` articles are reported committed, and
 * `delayMs` later (so the kill lands anywhere: in a commit, in analysis, while opening the store).
 */
function ingestAndKill(url: string, killAfter: number, opts: { workers?: string; delayMs?: number; file?: string } = {}): Promise<{ reported: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', '--db', url, '--workers', opts.workers ?? '2', '--verbose', opts.file ?? corpusFile], {
      env: { ...process.env, ATTEST_TEST_EXTRACTORS: FIXTURE_MODULE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reported: string[] = [];
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const l of lines) {
        const m = /^ingested (\S+)$/.exec(l);
        if (m) reported.push(m[1]!);
      }
      if (reported.length >= killAfter && child.exitCode == null && !child.killed) {
        if (opts.delayMs) setTimeout(() => child.kill('SIGKILL'), opts.delayMs);
        else child.kill('SIGKILL');
      }
    });
    if (killAfter === 0) setTimeout(() => child.kill('SIGKILL'), opts.delayMs ?? 0);
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ reported, signal }));
  });
}

for (const dialect of DIALECTS) {
  describe(`processes on ${dialect.name}`, { skip: dialect.skip }, () => {
    const drops: Array<() => Promise<void>> = [];
    after(async () => {
      for (const d of drops) await d();
    });

    test('SIGKILL in the middle of a large ingest: every reported article whole, none half-written', async () => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      const { reported, signal } = await ingestAndKill(url, 150);
      assert.equal(signal, 'SIGKILL', 'the ingest was killed, not finished');
      assert.ok(reported.length >= 150);
      const store = await openStore(url);
      try {
        if (store.dialect === 'sqlite') {
          const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
          assert.deepEqual(check.rows, [{ integrity_check: 'ok' }]);
        }
        const stored = await listArticles(store.db);
        assert.ok(stored.length >= reported.length && stored.length < CORPUS, `${stored.length} stored: killed midway`);
        const storedIds = new Set(stored.map((a) => a.id));
        for (const id of reported) assert.ok(storedIds.has(id), `reported ${id} is stored`);
        // Every stored article (reported or committed just before the kill) is whole: equal to a fresh analysis.
        for (const a of stored) {
          const fresh = freshRecord(articleAt(indexOf(a.id), corpusFile));
          assert.deepStrictEqual(await loadRecord(store.db, a.id), fresh, a.id);
        }
        // No row belongs to an article that is not stored.
        for (const t of LAYER_TABLES) {
          const orphans = await store.db.selectFrom(t).select('article_id').where('article_id', 'not in', (eb) => eb.selectFrom('articles').select('id')).execute();
          assert.equal(orphans.length, 0, `orphan rows in ${t}`);
        }
        // Resuming completes the corpus without re-writing what was stored.
        const resumed = await runCli(['ingest', '--db', url, '--workers', '2', corpusFile]);
        assert.equal(resumed.code, 0, resumed.stderr);
        assert.match(resumed.stderr, new RegExp(`^ingested ${CORPUS - stored.length}, unchanged ${stored.length}, reanalyzed 0, replaced 0, kept 0, rejected 0$`, 'm'));
      } finally {
        await store.close();
      }
    });

    test('killed at 10 random points (1 and 2 workers), then resumed: whole articles only, every article once', async () => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      const file = path.join(tmp, `kill-${dialect.name}.jsonl`);
      fs.writeFileSync(file, fictionalJsonl(400, 5000));
      const random = seeded(dialect.name === 'sqlite' ? 11 : 23);
      let last = 0;
      for (let trial = 0; trial < 10; trial++) {
        const workers = trial % 2 === 0 ? '1' : '2';
        const killAfter = Math.floor(random() * 60);
        const delayMs = Math.floor(random() * 40);
        const { signal } = await ingestAndKill(url, killAfter, { workers, delayMs, file });
        const stored = fs.existsSync(url) || dialect.name === 'postgres' ? await assertWhole(url, file).catch((err: Error) => {
          // A kill before the store file was linked into place leaves no store: nothing to check yet.
          if (/no store at/.test(err.message)) return 0;
          throw new Error(`trial ${trial} (${workers} workers, kill after ${killAfter} + ${delayMs} ms, ${signal}): ${err.message}`);
        }) : 0;
        assert.ok(stored >= last, `trial ${trial}: nothing stored earlier was lost (${stored} < ${last})`);
        last = stored;
      }
      const resumed = await runCli(['ingest', '--db', url, '--workers', '2', file]);
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.match(resumed.stderr, new RegExp(`^ingested ${400 - last}, unchanged ${last}, reanalyzed 0, replaced 0, kept 0, rejected 0$`, 'm'));
      assert.equal(await assertWhole(url, file), 400);
    });

    test('two ingest processes writing one store at once both finish, every article stored once', async () => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      // Overlapping halves, started together on a store neither has created yet.
      const a = path.join(tmp, `a-${dialect.name}.jsonl`);
      const b = path.join(tmp, `b-${dialect.name}.jsonl`);
      fs.writeFileSync(a, fictionalJsonl(300, 0));
      fs.writeFileSync(b, fictionalJsonl(300, 150));
      const [ra, rb] = await Promise.all([
        runCli(['ingest', '--db', url, '--workers', '1', a]),
        runCli(['ingest', '--db', url, '--workers', '1', b]),
      ]);
      assert.equal(ra.code, 0, ra.stderr);
      assert.equal(rb.code, 0, rb.stderr);
      const count = (r: string, what: string) => Number(new RegExp(`${what} (\\d+)`).exec(r)![1]);
      assert.equal(count(ra.stderr, 'ingested') + count(rb.stderr, 'ingested'), 450);
      assert.equal(count(ra.stderr, 'unchanged') + count(rb.stderr, 'unchanged'), 150);
      const store = await openStore(url);
      try {
        const stored = await listArticles(store.db);
        assert.equal(stored.length, 450);
        assert.equal(new Set(stored.map((s) => s.id)).size, 450);
        for (const i of [0, 149, 150, 225, 299, 300, 449]) {
          const file = i < 150 ? a : i >= 300 ? b : null;
          const got = await loadRecord(store.db, fictionalArticle(i).id);
          // Articles in both files were stored by whichever process came first; the record is the same.
          assert.deepStrictEqual(got, freshRecord(articleAt(i, file ?? a)), `article ${i}`);
        }
      } finally {
        await store.close();
      }
    });
  });
}

const PG = DIALECTS.find((d) => d.name === 'postgres')!;
describe('concurrent ingest of id-less articles on PostgreSQL', { skip: PG.skip }, () => {
  test('3 processes over overlapping inputs without ids: every article stored once', async () => {
    const { url, drop } = await PG.fresh();
    try {
      // No ids: each article is identified by outlet + text hash, the case that raced before.
      const idless = (from: number, n: number) => fictionalJsonl(n, from).trimEnd().split('\n').map((l) => JSON.stringify({ ...(JSON.parse(l) as object), id: undefined })).join('\n') + '\n';
      const files = [[0, 200], [100, 200], [50, 200]].map(([from, n], k) => {
        const f = path.join(tmp, `idless-${k}.jsonl`);
        fs.writeFileSync(f, idless(from!, n!));
        return f;
      });
      const runs = await Promise.all(files.map((f) => runCli(['ingest', '--db', url, '--workers', '1', f])));
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      const count = (what: string) => runs.reduce((n, r) => n + Number(new RegExp(`${what} (\\d+)`).exec(r.stderr)![1]), 0);
      assert.equal(count('ingested'), 300);
      assert.equal(count('unchanged'), 300);
      const store = await openStore(url, { mode: 'read' });
      try {
        const rows = await store.db.selectFrom('articles').select(['id', 'text_hash', 'outlet']).execute();
        assert.equal(rows.length, 300);
        assert.equal(new Set(rows.map((r) => `${r.outlet}|${r.text_hash}`)).size, 300);
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });
});
