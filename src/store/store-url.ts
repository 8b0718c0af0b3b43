import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AttestError } from '../errors.js';

/** Where a store is: a SQLite file, or a PostgreSQL server URL. */
export type StoreLocation = { readonly dialect: 'sqlite'; readonly file: string } | { readonly dialect: 'postgres'; readonly url: string };

export const DEFAULT_DB = 'attest.db';

/** `--db` wins, then ATTEST_DB, then attest.db in the working directory. */
export function resolveDbUrl(flag?: string | null): string {
  return flag || process.env['ATTEST_DB'] || DEFAULT_DB;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/**
 * Reads `--db`: a file path, `sqlite:PATH` / `sqlite:///ABS`, `file:PATH` / `file:///ABS`, or a
 * `postgres://` / `postgresql://` URL. Any other scheme (`mysql://`, `http://`) is refused by name rather
 * than taken for a file name.
 */
export function parseStoreUrl(value: string): StoreLocation {
  const v = value.trim();
  if (!v) throw new AttestError('E_USAGE', 'empty --db', { hint: 'a SQLite file path or a postgres:// URL' });
  if (isPostgresUrl(v)) return { dialect: 'postgres', url: v };
  const sqlite = /^sqlite:(?:\/\/)?(.*)$/i.exec(v);
  if (sqlite) return sqliteFile(sqlite[1]!, value);
  if (/^file:\/\//i.test(v)) {
    try {
      return sqliteFile(fileURLToPath(v), value);
    } catch (err) {
      throw new AttestError('E_USAGE', `invalid file URL ${JSON.stringify(value)}: ${(err as Error).message}`);
    }
  }
  if (/^file:/i.test(v)) return sqliteFile(v.slice('file:'.length), value);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(v);
  if (scheme)
    throw new AttestError('E_USAGE', `unsupported store "${scheme[1]}://" in --db ${JSON.stringify(value)}`, {
      hint: 'attest stores in SQLite (a file path, sqlite:PATH or file:PATH) or PostgreSQL (postgres://…)',
    });
  return sqliteFile(v, value);
}

function sqliteFile(file: string, given: string): StoreLocation {
  if (!file) throw new AttestError('E_USAGE', `no file name in --db ${JSON.stringify(given)}`);
  return { dialect: 'sqlite', file: path.resolve(file) };
}

/** A PostgreSQL URL fit for messages: the password is dropped. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1@');
}
