import { Migrator, sql, type Kysely } from 'kysely';
import { AttestError } from '../errors.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { describeStoreError } from './store-errors.js';

/** Names of every migration this build knows, in order. */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider.getMigrations()).sort();
}

/** Upgrades the schema; Kysely's migrator locks, so two processes opening one new store do not race. */
export async function migrate(db: Kysely<Database>, where: string): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw new AttestError('E_STORE', `cannot migrate ${where}: ${describeStoreError(error)}`, { cause: error });
}

/** Read-only opening cannot upgrade: an older store says how to upgrade it, a newer one which build it needs. */
export async function checkSchemaCurrent(db: Kysely<Database>, where: string): Promise<void> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const applied = new Set(rows.map((r) => r.name));
  const known = await knownMigrations();
  const missing = known.filter((n) => !applied.has(n));
  const unknown = [...applied].filter((n) => !known.includes(n));
  if (unknown.length) throw new AttestError('E_STORE', `${where} was written by a newer attest (schema ${unknown.sort().at(-1)})`, { hint: 'upgrade attest' });
  if (missing.length)
    throw new AttestError('E_STORE', `${where} was written by an older attest and needs an upgrade (${missing.join(', ')})`, {
      hint: 'run attest reanalyze --db with it once, which upgrades the store',
    });
}
