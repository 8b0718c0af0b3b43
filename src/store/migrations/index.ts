import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-24-initial.js';
import * as articleIdentity from './2026-12-01-article-identity.js';
import * as resolve from './2026-12-02-resolve.js';
import * as search from './2026-12-03-search.js';
import * as browseIndexes from './2026-12-04-browse-indexes.js';

/** Every migration, by dated name. Static imports (no filesystem glob), so it works from dist/ and bundles. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-24-initial': initial,
  '2026-12-01-article-identity': articleIdentity,
  '2026-12-02-resolve': resolve,
  '2026-12-03-search': search,
  '2026-12-04-browse-indexes': browseIndexes,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
