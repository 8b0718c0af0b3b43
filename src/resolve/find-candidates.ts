import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

// The publication window a story is looked for in, each side of the new article.
export const WINDOW_DAYS = 10;
// Actors named by more articles than this are too common to find candidates by (countries, the UN).
const RARE_DF = 400;
// How many rarest actors' postings are read, and how many candidates are kept.
const RARE_ACTORS = 8;
const POSTINGS_LIMIT = 200;
export const MAX_CANDIDATES = 40;

const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Candidate articles for a new one (DESIGN.md 3.2): postings of its rarer actors and its MinHash LSH
 * bands, each inside the publication window, ranked by hits. Every look-up is indexed
 * (article_actors by actor and date, story_bands by band), so the cost does not grow with the store.
 */
export async function findCandidates(
  db: Kysely<Database>,
  articleId: string,
  published: string,
  actorIds: readonly string[],
  bands: readonly string[],
): Promise<string[]> {
  const from = shiftDay(published, -WINDOW_DAYS);
  const to = shiftDay(published, WINDOW_DAYS);
  const hits = new Map<string, number>();
  if (actorIds.length) {
    const rare = await db.selectFrom('actors').select(['id', 'article_count']).where('id', 'in', actorIds)
      .where('article_count', '>=', 2).where('article_count', '<=', RARE_DF).orderBy('article_count').orderBy('id').limit(RARE_ACTORS).execute();
    if (rare.length) {
      const postings = await db.selectFrom('article_actors').select(['article_id', 'actor_id']).distinct()
        .where('actor_id', 'in', rare.map((r) => r.id)).where('published', '>=', from).where('published', '<=', to)
        .where('article_id', '!=', articleId).limit(POSTINGS_LIMIT * rare.length).execute();
      for (const p of postings) hits.set(p.article_id, (hits.get(p.article_id) ?? 0) + 2);
    }
  }
  if (bands.length) {
    const rows = await db.selectFrom('story_bands').select('article_id').where('band', 'in', bands)
      .where('published', '>=', from).where('published', '<=', to).where('article_id', '!=', articleId).limit(POSTINGS_LIMIT * 4).execute();
    for (const r of rows) hits.set(r.article_id, (hits.get(r.article_id) ?? 0) + 1);
  }
  return [...hits.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, MAX_CANDIDATES).map(([id]) => id);
}
