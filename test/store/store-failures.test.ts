import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { createPipeline } from '../../src/extract/pipeline.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { createInlinePool } from '../../src/store/ingest/analyze-pool.js';
import { itemsFromReads, runIngest } from '../../src/store/ingest/run-ingest.js';
import { openStore } from '../../src/store/open-store.js';
import BetterSqlite3 from '../../src/store/sqlite-driver.js';
import { DIALECTS } from './dialects.js';
import { fictionalJsonl } from './fictional-corpus.js';
import { extractors } from './fixture-extractors.js';
import { CLI, runCli } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-fail-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const corpus = (name: string, n: number, from = 0) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, fictionalJsonl(n, from));
  return file;
};
const small = corpus('small.jsonl', 5);
const digest = (file: string) => fs.readFileSync(file).toString('base64');

describe('opening a store', () => {
  test('another application\'s SQLite file is refused by every command and left as it was', async () => {
    const file = path.join(tmp, 'notes-app.db');
    const other = new BetterSqlite3(file);
    other.exec('create table notes (body text); insert into notes values (\'keep me\')');
    other.close();
    const before = digest(file);
    for (const args of [['articles'], ['article', 'x'], ['reanalyze'], ['ingest', small]]) {
      const r = await runCli([args[0]!, '--db', file, ...args.slice(1)]);
      assert.equal(r.code, 1, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /notes-app\.db is not an attest store \(it holds the tables notes\)/, args[0]);
    }
    assert.ok(digest(file) === before, 'not migrated, not switched to WAL');
    assert.ok(!fs.existsSync(`${file}-wal`));
  });

  test('an empty file is no store; a missing store is created only by ingest', async () => {
    const empty = path.join(tmp, 'empty.db');
    fs.writeFileSync(empty, '');
    for (const cmd of ['articles', 'ingest']) {
      const r = await runCli(cmd === 'ingest' ? [cmd, '--db', empty, small] : [cmd, '--db', empty]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /empty\.db is an empty file, not an attest store/);
    }
    assert.equal(fs.statSync(empty).size, 0);
    const typo = path.join(tmp, 'typo.db');
    for (const cmd of [['reanalyze'], ['articles'], ['article', 'a']]) {
      const r = await runCli([cmd[0]!, '--db', typo, ...cmd.slice(1)]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /no store at .*typo\.db/);
      assert.ok(!fs.existsSync(typo), `${cmd[0]} created no file`);
    }
  });

  test('--db takes paths, sqlite: and file: URLs, postgres URLs; other schemes are refused by name', async () => {
    for (const [url, expect] of [['mysql://db.example/x', /unsupported store "mysql:\/\/"/], ['http://127.0.0.1:9/x', /unsupported store "http:\/\/"/]] as const) {
      const r = await runCli(['ingest', '--db', url, small]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, expect);
    }
    for (const [form, file] of [['sqlite:', 'a.db'], ['sqlite://', 'b.db'], ['file:', 'c.db'], ['file://', 'd.db']] as const) {
      const abs = path.join(tmp, file);
      const r = await runCli(['ingest', '--db', `${form}${abs}`, small]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(fs.existsSync(abs), `${form} made ${file}`);
      assert.ok(!fs.readdirSync(tmp).some((f) => f.startsWith('sqlite:') || f.startsWith('file:')));
      assert.match((await runCli(['articles', '--db', abs])).stderr, /^5 articles$/m);
    }
  });

  // The command runs as the postgres user, who must be able to read the checkout (not so under a 0700 mktemp dir).
  const readable = () => spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-r', fileURLToPath(new URL('../../src/cli/main.js', import.meta.url))]).status === 0;
  test('read-only commands open read-only and work in a read-only directory', { skip: process.getuid?.() !== 0 || spawnSync('id', ['postgres']).status !== 0 ? 'needs root and a postgres user to drop to' : !readable() ? 'the postgres user cannot read this checkout' : false }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-ro-'));
    const file = path.join(dir, 'store.db');
    assert.equal((await runCli(['ingest', '--db', file, small])).code, 0);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o644);
    const before = fs.readdirSync(dir).sort();
    // The test runs as root, for whom no directory is read-only: the command runs as another user.
    const cli = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
    const r = spawnSync('runuser', ['-u', 'postgres', '--', process.execPath, cli, 'articles', '--db', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^5 articles$/m);
    const w = spawnSync('runuser', ['-u', 'postgres', '--', process.execPath, cli, 'ingest', '--db', file, small], { encoding: 'utf8' });
    assert.equal(w.status, 1, 'a writer there fails');
    assert.deepEqual(fs.readdirSync(dir).sort(), before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('store-wide failures stop the run with one message and the summary', () => {
  const pool = createInlinePool(createPipeline(extractors));
  for (const [name, pragma, expect] of [
    ['the disk fills up', 'max_page_count', /disk is full/],
    ['the store turns read-only', 'query_only', /read-only/],
  ] as const) {
    test(`SQLite: ${name}`, async () => {
      const file = path.join(tmp, `${pragma}.db`);
      const store = await openStore(file);
      try {
        const big = corpus(`${pragma}.jsonl`, 200, 1000);
        // Page count fixed just above what the schema holds now: the first articles fill it.
        if (pragma === 'max_page_count') await sql.raw(`pragma max_page_count = ${Number((await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0]!.page_count) + 3}`).execute(store.db);
        else await sql`pragma query_only = 1`.execute(store.db);
        const messages: string[] = [];
        const result = await runIngest(itemsFromReads(readInputs([big])), { store, pool, onEvent: (e) => e.kind === 'rejected' && messages.push(e.message) });
        assert.match(result.stopped ?? '', expect);
        assert.ok(result.stopped!.startsWith(store.where));
        assert.equal(result.rejected, 0, `no message per article: ${messages.slice(0, 3).join(' | ')}`);
        assert.ok(result.ingested + result.notStored < 200, 'the run stopped early');
      } finally {
        await store.close();
      }
    });
  }

  test('SQLite: a second writer waits for a long transaction, and names the store when it waits too long', async () => {
    const file = path.join(tmp, 'locked.db');
    assert.equal((await runCli(['ingest', '--db', file, small])).code, 0);
    const holder = new BetterSqlite3(file);
    const more = corpus('more.jsonl', 20, 100);
    holder.exec('BEGIN IMMEDIATE');
    const waiting = runCli(['ingest', '--db', file, '--workers', '1', more], { env: { ATTEST_SQLITE_BUSY_MS: '100', ATTEST_LOCK_WAIT_MS: '20000' } });
    await new Promise((r) => setTimeout(r, 1500));
    holder.exec('COMMIT');
    const r = await waiting;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^ingested 20, /m);
    holder.exec('BEGIN IMMEDIATE');
    const gaveUp = await runCli(['ingest', '--db', file, '--workers', '1', corpus('late.jsonl', 20, 200)], { env: { ATTEST_SQLITE_BUSY_MS: '100', ATTEST_LOCK_WAIT_MS: '700' } });
    holder.exec('ROLLBACK');
    holder.close();
    assert.equal(gaveUp.code, 1);
    assert.match(gaveUp.stderr, /stopped: .*locked\.db: another writer holds the lock \(.*stayed locked by another writer for \d+ s/);
    assert.equal(gaveUp.stderr.match(/locked by another writer/g)!.length, 1, gaveUp.stderr);
    assert.match(gaveUp.stderr, /^ingested 0, .*rejected 0$/m);
  });

  test('PostgreSQL: a server that accepts connections and never answers times out', async () => {
    const silent = net.createServer(() => undefined);
    const held: net.Socket[] = [];
    silent.on('connection', (s) => held.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      for (const args of [['articles'], ['ingest', small]]) {
        const started = Date.now();
        const r = await runCli([args[0]!, '--db', `postgres://x@127.0.0.1:${port}/db`, ...args.slice(1)], { env: { ATTEST_PG_CONNECT_TIMEOUT_MS: '500' } });
        assert.equal(r.code, 1);
        assert.match(r.stderr, /cannot open postgres:\/\/x@127\.0\.0\.1:\d+\/db: no answer within/);
        assert.ok(Date.now() - started < 15_000);
      }
    } finally {
      held.forEach((s) => s.destroy());
      silent.close();
    }
  });

  test('workers beyond the cores are capped, and threads that cannot start stop the run at once', async () => {
    const file = path.join(tmp, 'workers.db');
    const r = await runCli(['ingest', '--db', file, '--workers', '64', small]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`--workers 64 capped at ${os.availableParallelism()}`));
    const broken = await runCli(['ingest', '--db', file, '--workers', '2', corpus('broken.jsonl', 300, 400)], {
      env: { ATTEST_TEST_EXTRACTORS: fileURLToPath(new URL('./worker-start-fails.js', import.meta.url)) },
    });
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /stopped: .*the analysis threads cannot start/);
    assert.ok(broken.stderr.split('\n').length < 10, broken.stderr);
  });
});

const PG = DIALECTS.find((d) => d.name === 'postgres')!;
describe('PostgreSQL failures', { skip: PG.skip }, () => {
  test('the server going away mid-ingest: one message, the summary, every stored article whole', async () => {
    const { url, drop } = await PG.fresh();
    const target = new URL(url);
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const via = new URL(url);
    via.port = String((proxy.address() as net.AddressInfo).port);
    try {
      const child = await import('node:child_process');
      const run = child.spawn(process.execPath, [CLI, 'ingest', '--db', via.toString(), '--workers', '1', '--verbose', corpus('pg-stop.jsonl', 1500, 2000)], {
        env: { ...process.env, ATTEST_TEST_EXTRACTORS: fileURLToPath(new URL('./fixture-extractors.js', import.meta.url)) },
      });
      let stdout = '';
      let stderr = '';
      let cut = false;
      run.stderr.on('data', (d: Buffer) => (stderr += d));
      run.stdout.on('data', (d: Buffer) => {
        stdout += d;
        if (!cut && stdout.split('\n').length > 100) {
          cut = true;
          proxy.close();
          for (const s of sockets) s.destroy();
        }
      });
      const code = await new Promise<number | null>((r) => run.on('close', r));
      assert.equal(code, 1, stderr);
      assert.doesNotMatch(stderr, /Unhandled|    at /, 'no stack trace');
      assert.match(stderr, /stopped: postgres:\/\/.*(closed the connection|cannot be reached)/);
      assert.match(stderr, /^ingested \d+, /m);
      const reported = stdout.trim().split('\n').filter((l) => l.startsWith('ingested ')).length;
      const direct = new pg.Client({ connectionString: url });
      await direct.connect();
      const n = Number((await direct.query('select count(*) as n from articles')).rows[0].n);
      const orphans = Number((await direct.query('select count(*) as n from statements where article_id not in (select id from articles)')).rows[0].n);
      await direct.end();
      assert.ok(n >= reported && n < 1500, `${n} stored, ${reported} reported`);
      assert.equal(orphans, 0);
    } finally {
      proxy.close();
      for (const s of sockets) s.destroy();
      await drop();
    }
  });

  test('a read-only database stops the run once instead of failing every article', async () => {
    const { url, drop } = await PG.fresh();
    try {
      assert.equal((await runCli(['ingest', '--db', url, small])).code, 0);
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`alter database ${name} set default_transaction_read_only = on`);
      await admin.end();
      const r = await runCli(['ingest', '--db', url, corpus('pg-ro.jsonl', 100, 3000)]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.match(/^attest: stopped: .*read-only/gm)?.length, 1, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 3, 'the stop, what was not stored, the summary');
      assert.match(r.stderr, /^ingested 0, /m);
    } finally {
      await drop();
    }
  });
});
