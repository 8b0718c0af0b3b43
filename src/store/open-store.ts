import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AttestError } from '../errors.js';
import { checkSchemaCurrent, migrate } from './migrate.js';
import { openSqlite } from './open-sqlite.js';
import type { Database } from './schema.js';
import { describeStoreError } from './store-errors.js';
import { parseStoreUrl, redactUrl, resolveDbUrl } from './store-url.js';

export { DEFAULT_DB, isPostgresUrl, parseStoreUrl, resolveDbUrl } from './store-url.js';

export type Dialect = 'sqlite' | 'postgres';

/** An open store: the typed Kysely handle, which dialect it speaks, and how to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The file (SQLite) or the URL without password (PostgreSQL), for messages. */
  readonly where: string;
  /** True when opened for queries only. */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

/**
 * How a command uses the store: `create` (ingest: a new store is made when none is there), `write` (the
 * store must exist; it is upgraded to the latest schema), `read` (queries only: opened read-only, never
 * migrated, never created). Every mode refuses a file or database that holds something other than attest.
 */
export type OpenMode = 'create' | 'write' | 'read';

export interface OpenOptions {
  readonly mode?: OpenMode;
  /** Older spelling of `mode: 'read'`. */
  readonly mustExist?: boolean;
}

/**
 * Opens the store at `url` (see parseStoreUrl for what it accepts). Example: `await openStore('attest.db')`,
 * `await openStore(url, { mode: 'read' })`.
 */
export async function openStore(url: string = resolveDbUrl(), opts: OpenOptions = {}): Promise<Store> {
  const mode: OpenMode = opts.mode ?? (opts.mustExist ? 'read' : 'create');
  const loc = parseStoreUrl(url);
  return loc.dialect === 'postgres' ? openPostgres(loc.url, mode) : openSqlite(loc.file, mode);
}

const CONNECT_TIMEOUT_MS = Number(process.env['ATTEST_PG_CONNECT_TIMEOUT_MS']) || 10_000;

async function openPostgres(url: string, mode: OpenMode): Promise<Store> {
  const where = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  // A connection the server drops (stopped, restarted, admin kill) must not crash the process with an
  // unhandled 'error' event, idle or checked out: the query on it fails instead, and ingest reports that.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema()`.execute(db);
    const tables = rows.map((r) => r.name);
    if (tables.length && !tables.includes('kysely_migration'))
      throw new AttestError('E_STORE', `${where} is not an attest store: its schema holds ${tables.length} other table(s) (${tables.slice(0, 5).join(', ')})`, {
        hint: 'point --db at an empty database, or one attest created',
      });
    if (mode !== 'create' && !tables.length) throw new AttestError('E_STORE', `no attest store in ${where} (the database is empty)`, { hint: 'run attest ingest first' });
    if (mode === 'read') await checkSchemaCurrent(db, where);
    else await migrate(db, where);
  } catch (err) {
    await db.destroy();
    if (err instanceof AttestError) throw err;
    throw new AttestError('E_STORE', `cannot open ${where}: ${describeStoreError(err)}`, { cause: err });
  }
  return { db, dialect: 'postgres', where, readOnly: mode === 'read', close: () => db.destroy() };
}
