import { AttestError } from '../errors.js';

/** How long a writer waits for another's lock on a SQLite store before the run stops (ATTEST_LOCK_WAIT_MS). */
export const LOCK_WAIT_MS = Number(process.env['ATTEST_LOCK_WAIT_MS']) || 120_000;

const codeOf = (err: unknown): string => {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  return String(e?.code ?? e?.cause?.code ?? '');
};
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** SQLite's "another writer holds the lock". */
export const isBusy = (err: unknown): boolean => /^SQLITE_BUSY/.test(codeOf(err)) || /database is locked/.test(messageOf(err));

/**
 * When `err` is about the store as a whole rather than one article (disk full, read-only file, the
 * server gone, a lost connection), a short reason; null for an article's own failure. A run stops at the
 * first such error instead of failing every article after it the same way.
 */
export function storeWideReason(err: unknown): string | null {
  const code = codeOf(err);
  const msg = messageOf(err);
  if (/^SQLITE_FULL/.test(code)) return 'the disk is full';
  if (/^SQLITE_READONLY/.test(code)) return 'the store is read-only (file or directory permissions)';
  if (/^SQLITE_(IOERR|CORRUPT|NOTADB|CANTOPEN|PERM)/.test(code)) return `the store file cannot be written (${code})`;
  if (/^SQLITE_BUSY/.test(code)) return 'another writer holds the lock';
  if (/^08|^57P0[1-3]$/.test(code)) return 'the PostgreSQL server closed the connection';
  if (code === '53100') return 'the PostgreSQL server\'s disk is full';
  if (/^53/.test(code)) return `the PostgreSQL server is out of resources (${code})`;
  if (code === '25006') return 'the PostgreSQL server is read-only';
  if (/^(3D000|28|42501)/.test(code)) return `PostgreSQL refused access (${code})`;
  if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND)$/.test(code)) return `the PostgreSQL server cannot be reached (${code})`;
  if (/Connection terminated|not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end/i.test(msg))
    return 'the PostgreSQL server closed the connection';
  if (/stayed locked by another writer/.test(msg)) return 'another writer holds the lock';
  return null;
}

/** A driver error as one line for a message, with its code when it has one. */
export function describeStoreError(err: unknown): string {
  const msg = messageOf(err);
  const code = codeOf(err);
  if (/timeout exceeded when trying to connect|terminated due to connection timeout/i.test(msg)) return `no answer within ${Math.round((Number(process.env['ATTEST_PG_CONNECT_TIMEOUT_MS']) || 10_000) / 1000)} s (the server accepts connections but does not reply)`;
  if (!msg && code) return code;
  return code && !msg.includes(code) && !/^\d/.test(code) ? `${msg} (${code})` : msg || 'unknown error';
}

/** Runs a statement that takes the write lock, retrying while another writer holds it (up to LOCK_WAIT_MS). */
export async function withLockRetry<T>(where: string, fn: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!isBusy(err) || Date.now() - started >= LOCK_WAIT_MS) {
        if (isBusy(err))
          throw new AttestError('E_STORE', `${where} stayed locked by another writer for ${Math.round((Date.now() - started) / 1000)} s`, {
            hint: 'another attest process (or a program holding a long transaction) is writing to it; run again when it is done',
            cause: err,
          });
        throw err;
      }
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
    }
  }
}
