import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { AttestError } from '../errors.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** An open store: the typed Kysely handle, which dialect it speaks, and how to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The file (SQLite) or the URL without password (PostgreSQL), for messages. */
  readonly where: string;
  close(): Promise<void>;
}

export const DEFAULT_DB = 'attest.db';
const BUSY_TIMEOUT_MS = 10_000;

/** `--db` wins, then ATTEST_DB, then attest.db in the working directory. */
export function resolveDbUrl(flag?: string | null): string {
  return flag || process.env['ATTEST_DB'] || DEFAULT_DB;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/**
 * Opens (and migrates to the latest schema) the store at `url`: a `postgres://` URL, or a SQLite file
 * path (WAL, busy timeout 10 s, foreign keys on). Example: `await openStore('attest.db')`.
 */
export async function openStore(url: string = resolveDbUrl(), opts: { mustExist?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(url)) return openPostgres(url);
  // Query commands must not leave an empty attest.db behind when pointed at the wrong place.
  if (opts.mustExist && !fs.existsSync(url))
    throw new AttestError('E_STORE', `no store at ${url}`, { hint: 'run attest ingest first, or pass --db / set ATTEST_DB' });
  return openSqlite(url);
}

async function openSqlite(file: string): Promise<Store> {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
    raw.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed transaction through a process crash (not a power cut).
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (err) {
    throw new AttestError('E_STORE', `cannot open ${file}: ${err instanceof Error ? err.message : String(err)}`, { file });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  // Kysely runs SQLite migrations outside a transaction; an IMMEDIATE transaction around them makes the
  // schema appear whole, and makes a second process opening the same new file wait instead of racing.
  raw.exec('BEGIN IMMEDIATE');
  try {
    await migrate(db, file);
    raw.exec('COMMIT');
  } catch (err) {
    if (raw.inTransaction) raw.exec('ROLLBACK');
    await db.destroy();
    throw err;
  }
  return { db, dialect: 'sqlite', where: path.resolve(file), close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection the server drops (restart, admin kill) must not crash the process: the next query
  // opens a new one, or fails with its own error.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1@');
  try {
    await sql`select 1`.execute(db);
    await migrate(db, where);
  } catch (err) {
    await db.destroy();
    if (err instanceof AttestError) throw err;
    throw new AttestError('E_STORE', `cannot open ${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { db, dialect: 'postgres', where, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, where: string): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw new AttestError('E_STORE', `cannot migrate ${where}: ${error instanceof Error ? error.message : String(error)}`);
}
