import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Store } from './open-store.js';
import { withLockRetry } from './store-errors.js';

/**
 * Runs `fn` in one write transaction. SQLite gets BEGIN IMMEDIATE: the write lock is taken up front
 * (waiting up to the busy timeout), so two processes writing one file queue instead of failing with
 * SQLITE_BUSY when a read transaction would have to be upgraded; past the busy timeout it retries, up to
 * LOCK_WAIT_MS, as long as another writer holds the lock. PostgreSQL gets a plain transaction.
 */
export async function withWriteTransaction<T>(store: Store, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') return store.db.transaction().execute(fn);
  return store.db.connection().execute(async (conn) => {
    await withLockRetry(store.where, () => sql`begin immediate`.execute(conn));
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}
