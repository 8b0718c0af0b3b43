import type { Kysely } from 'kysely';
import type { IngestItem } from './ingest/precheck.js';
import { loadArticle } from './load-record.js';
import type { Database } from './schema.js';

/** True when any layer was stored by an older extractor than `current` (or not at all). */
export function isStale(stored: Readonly<Record<string, number>>, current: Readonly<Record<string, number>>): boolean {
  return Object.entries(current).some(([layer, v]) => !(typeof stored[layer] === 'number' && stored[layer] >= v));
}

/** Ids of the stored articles whose extractor versions are older than `current`. */
export async function staleIds(db: Kysely<Database>, current: Readonly<Record<string, number>>): Promise<string[]> {
  const rows = await db.selectFrom('articles').select(['id', 'versions']).orderBy('id').execute();
  return rows.filter((r) => isStale(JSON.parse(r.versions) as Record<string, number>, current)).map((r) => r.id);
}

/**
 * The stale articles as ingest items, loaded one at a time so a large store is never held in memory.
 * Example: `for await (const it of staleArticles(db, pipeline.versions))`.
 */
export async function* staleArticles(db: Kysely<Database>, current: Readonly<Record<string, number>>): AsyncGenerator<IngestItem> {
  for (const id of await staleIds(db, current)) {
    const a = await loadArticle(db, id);
    if (!a) continue;
    const { idGenerated, ...article } = a;
    yield { article, idGenerated };
  }
}
