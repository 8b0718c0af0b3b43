import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-24-initial.js';

/** Every migration, by dated name. Static imports (no filesystem glob), so it works from dist/ and bundles. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-24-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
