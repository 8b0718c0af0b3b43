import { sql, type Kysely } from 'kysely';
import type { Store } from '../store/open-store.js';
import type { Database } from '../store/schema.js';
import { withWriteTransaction } from '../store/with-write-transaction.js';
import { resolveArticle, unresolveArticle, type ResolveOutcome } from './resolve-article.js';
import { refreshStory } from './save-story.js';

// Resolving reads and writes shared actors and stories: one resolver at a time per store, whichever
// machine it runs on (PostgreSQL: an advisory lock held for the transaction; SQLite: its write lock).
const RESOLVE_LOCK = 0x61747374;

async function inResolveTransaction<T>(store: Store, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return withWriteTransaction(store, async (db) => {
    if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${RESOLVE_LOCK})`.execute(db);
    return fn(db);
  });
}

export interface ResolveRun {
  readonly resolved: number;
  readonly stories: number;
  readonly outcomes: readonly ResolveOutcome[];
}

/**
 * Resolves the given stored articles, in order, one transaction each; `changed` ones (a new text or
 * newer extractors) are taken out of their story first. Already resolved, unchanged articles are skipped.
 */
export async function resolveArticles(store: Store, ids: readonly string[], opts: { changed?: ReadonlySet<string>; onEach?: (o: ResolveOutcome) => void } = {}): Promise<ResolveRun> {
  const outcomes: ResolveOutcome[] = [];
  for (const id of ids) {
    const o = await inResolveTransaction(store, async (db) => {
      if (opts.changed?.has(id)) await unresolveArticle(db, id);
      return resolveArticle(db, id);
    });
    if (o.rule !== 'resolved') outcomes.push(o);
    opts.onEach?.(o);
  }
  await refreshQueued(store);
  return { resolved: outcomes.length, stories: new Set(outcomes.map((o) => o.storyId)).size, outcomes };
}

/**
 * Recomputes every queued story, one transaction each, and takes it off the queue in the same
 * transaction: a story is analysed once per run, not once per article that joined it.
 */
export async function refreshQueued(store: Store): Promise<number> {
  let done = 0;
  for (;;) {
    const next = await store.db.selectFrom('story_refresh').select('story_id').orderBy('story_id').limit(100).execute();
    if (!next.length) return done;
    for (const { story_id } of next)
      await inResolveTransaction(store, async (db) => {
        const queued = await db.deleteFrom('story_refresh').where('story_id', '=', story_id).executeTakeFirst();
        if (Number(queued.numDeletedRows) > 0) await refreshStory(db, story_id);
      });
    done += next.length;
  }
}

/**
 * The ids oldest first (then by id): the order a batch that just landed is resolved in. Analysis threads
 * finish in any order, and the article that starts a story names it, so landing order would make a
 * run's story ids differ from the last run's.
 */
export async function inPublishedOrder(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  const published = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await db.selectFrom('articles').select(['id', 'published']).where('id', 'in', ids.slice(i, i + 500)).execute()) published.set(r.id, r.published);
  }
  const key = (id: string) => published.get(id) ?? '';
  return [...new Set(ids)].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** Stored articles not resolved yet, oldest first: what `attest resolve` catches up on. */
export async function pendingArticles(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('articles').leftJoin('article_features', 'article_features.article_id', 'articles.id')
    .select('articles.id').where('article_features.article_id', 'is', null).orderBy('articles.published').orderBy('articles.id').execute();
  return rows.map((r) => r.id);
}

const RESOLVE_TABLES = ['labels', 'figure_values', 'figures', 'claim_statements', 'claims', 'story_articles', 'stories', 'story_refresh', 'story_bands',
  'article_features', 'article_actors', 'actor_aliases', 'actor_keys', 'actors'] as const;

/**
 * `attest resolve --rebuild`: empties the cross-article tables (corrections in actor_overrides are
 * kept) and resolves every article again in the order it was first resolved, then the rest oldest
 * first. Incremental resolution in that order gives the same tables (test/resolve says so).
 */
export async function rebuild(store: Store, onEach?: (o: ResolveOutcome) => void): Promise<ResolveRun> {
  const order = (await store.db.selectFrom('article_features').select('article_id').orderBy('resolve_seq').execute()).map((r) => r.article_id);
  await inResolveTransaction(store, async (db) => {
    for (const t of RESOLVE_TABLES) await db.deleteFrom(t).execute();
  });
  const seen = new Set(order);
  const rest = (await pendingArticles(store.db)).filter((id) => !seen.has(id));
  return resolveArticles(store, [...order, ...rest], onEach ? { onEach } : {});
}
