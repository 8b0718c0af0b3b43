import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The store test suites loop over DIALECTS (Kysely's test-setup style): SQLite always, PostgreSQL when
 * ATTEST_TEST_PG (or postgres://postgres@127.0.0.1:5432/postgres) answers, else a clean skip with the reason.
 * `bash scripts/with-postgres.sh npm test` starts a throwaway cluster and sets ATTEST_TEST_PG.
 */
export interface TestDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Why the dialect is skipped, or false to run it. */
  readonly skip: string | false;
  /** A fresh, empty database; `drop` removes it. */
  fresh(): Promise<{ url: string; drop: () => Promise<void> }>;
}

const PG_URL = process.env['ATTEST_TEST_PG'] || 'postgres://postgres@127.0.0.1:5432/postgres';

async function probePostgres(): Promise<string | false> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (err) {
    return `postgres skipped: ${PG_URL.replace(/:[^:@/]*@/, '@')} does not answer (${(err as Error).message}); run under scripts/with-postgres.sh`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Drops a test database once the closed store's connections are gone: pg's pool.end() resolves before
 * its sockets close, and a forced drop would kill them mid-close (an uncaught 'error' on the client).
 */
async function dropDatabase(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await c.query(`drop database if exists ${name}`);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006') throw err; // object_in_use: still connected
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await c.query(`drop database if exists ${name} with (force)`);
  } finally {
    await c.end();
  }
}

let counter = 0;
const sqlite: TestDialect = {
  name: 'sqlite',
  skip: false,
  async fresh() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-store-'));
    return { url: path.join(dir, `t${counter++}.db`), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
};

const pgSkip = await probePostgres();
if (pgSkip) console.log(`# ${pgSkip}`);
const postgres: TestDialect = {
  name: 'postgres',
  skip: pgSkip,
  async fresh() {
    const name = `attest_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      drop: () => dropDatabase(name),
    };
  },
};

export const DIALECTS: readonly TestDialect[] = [sqlite, postgres];
