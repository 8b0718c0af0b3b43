import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AttestError } from '../errors.js';
import type { Database } from './schema.js';
import BetterSqlite3, { type SqliteDatabase } from './sqlite-driver.js';
import { describeStoreError, withLockRetry } from './store-errors.js';
import { checkSchemaCurrent, knownMigrations, migrate } from './migrate.js';
import type { OpenMode, Store } from './open-store.js';

/** How long one statement waits for another writer's lock before SQLITE_BUSY (then saveArticle retries). */
export const BUSY_TIMEOUT_MS = Number(process.env['ATTEST_SQLITE_BUSY_MS']) || 10_000;

/**
 * Opens a SQLite store. A new store is built in a temporary file and linked into place whole, so another
 * process never finds a half-made one, and any existing file without attest's tables (an empty file,
 * another application's database) is refused instead of being turned into a store.
 */
export async function openSqlite(file: string, mode: OpenMode): Promise<Store> {
  const exists = fs.existsSync(file);
  if (!exists && mode !== 'create') throw new AttestError('E_STORE', `no store at ${file}`, { hint: 'run attest ingest first, or pass --db / set ATTEST_DB' });
  if (!exists) {
    if (!fs.existsSync(path.dirname(file))) throw new AttestError('E_STORE', `cannot create ${file}: directory ${path.dirname(file)} does not exist`);
    await createSqlite(file);
  } else if (fs.statSync(file).isDirectory()) throw new AttestError('E_STORE', `${file} is a directory, not a store`);
  else if (fs.statSync(file).size === 0)
    throw new AttestError('E_STORE', `${file} is an empty file, not an attest store`, { hint: 'remove it, or pass another --db' });
  const raw = mode === 'read' ? openReadOnly(file) : openRaw(file, {});
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    checkAttestFile(raw, file);
    // Only once the file is known to be attest's: WAL mode rewrites the header of whatever file it is.
    if (mode !== 'read') setWritePragmas(raw, file);
    if (mode === 'read') await checkSchemaCurrent(db, file);
    else await migrateIfNeeded(raw, db, file);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { db, dialect: 'sqlite', where: file, readOnly: mode === 'read', close: () => db.destroy() };
}

function openRaw(file: string, opts: { readonly?: boolean }): SqliteDatabase {
  try {
    return new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: true, readonly: !!opts.readonly });
  } catch (err) {
    throw new AttestError('E_STORE', `cannot open ${file}: ${describeStoreError(err)}`, { cause: err });
  }
}

function setWritePragmas(raw: SqliteDatabase, file: string): void {
  try {
    raw.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed transaction through a process crash (not a power cut).
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (err) {
    throw new AttestError('E_STORE', `cannot open ${file} for writing: ${describeStoreError(err)}`, { cause: err });
  }
}

/**
 * Read-only: a WAL store needs its -shm file, which a read-only directory does not let SQLite create; the
 * store is then opened immutable (nothing can be writing to it there either).
 */
function openReadOnly(file: string): SqliteDatabase {
  try {
    const raw = openRaw(file, { readonly: true });
    raw.prepare('select count(*) from sqlite_master').get();
    return raw;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    const code = String(e.cause?.code ?? e.code ?? '');
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw err;
    try {
      const raw = new BetterSqlite3(`${pathToFileURL(file).href}?immutable=1`, { readonly: true });
      raw.prepare('select count(*) from sqlite_master').get();
      return raw;
    } catch (err2) {
      throw new AttestError('E_STORE', `cannot open ${file} read-only: ${describeStoreError(err2)}`, { cause: err2 });
    }
  }
}

function checkAttestFile(raw: SqliteDatabase, file: string): void {
  let tables: string[];
  try {
    tables = raw.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[];
  } catch (err) {
    throw new AttestError('E_STORE', `${file} is not an attest store: ${describeStoreError(err)}`, { cause: err });
  }
  if (!tables.includes('kysely_migration') || !tables.includes('articles'))
    throw new AttestError('E_STORE', `${file} is not an attest store` + (tables.length ? ` (it holds the tables ${tables.slice(0, 5).join(', ')})` : ' (it holds no tables)'), {
      hint: 'pass another --db; attest never writes into another application\'s database',
    });
}

/** Upgrades under one IMMEDIATE transaction (Kysely runs SQLite migrations outside one), and only when needed. */
async function migrateIfNeeded(raw: SqliteDatabase, db: Kysely<Database>, file: string): Promise<void> {
  const applied = new Set(raw.prepare('select name from kysely_migration').pluck().all() as string[]);
  if ((await knownMigrations()).every((n) => applied.has(n))) return;
  await withLockRetry(file, () => raw.exec('BEGIN IMMEDIATE'));
  try {
    await migrate(db, file);
    raw.exec('COMMIT');
  } catch (err) {
    if (raw.inTransaction) raw.exec('ROLLBACK');
    throw err;
  }
}

/** Builds the schema in `<file>.<pid>.new` and links it to `file`; a process that lost the race uses the winner's. */
async function createSqlite(file: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.new`;
  const raw = (() => {
    try {
      return new BetterSqlite3(tmp, { timeout: BUSY_TIMEOUT_MS });
    } catch (err) {
      throw new AttestError('E_STORE', `cannot create ${file}: ${describeStoreError(err)}`, { cause: err });
    }
  })();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    raw.exec('BEGIN IMMEDIATE');
    await migrate(db, file);
    raw.exec('COMMIT');
    await sql`select 1`.execute(db);
  } finally {
    await db.destroy();
  }
  try {
    fs.linkSync(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // EEXIST: another process created the store first, which is as good. Without hard links, rename.
    if (code !== 'EEXIST') {
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') fs.renameSync(tmp, file);
      else throw new AttestError('E_STORE', `cannot create ${file}: ${describeStoreError(err)}`, { cause: err });
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
