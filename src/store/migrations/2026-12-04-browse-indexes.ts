import type { Kysely } from 'kysely';

/**
 * Indexes the server's lists need: articles by outlet (the outlet page and every outlet filter) and
 * stories by their latest article (the home page's "recent stories"), so a page costs the same in a
 * store of ten articles or a hundred thousand.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articles_outlet').on('articles').columns(['outlet', 'published']).execute();
  await db.schema.createIndex('stories_last_published').on('stories').columns(['last_published', 'id']).execute();
  await db.schema.createIndex('claims_status').on('claims').columns(['status', 'story_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_status').execute();
  await db.schema.dropIndex('stories_last_published').execute();
  await db.schema.dropIndex('articles_outlet').execute();
}
