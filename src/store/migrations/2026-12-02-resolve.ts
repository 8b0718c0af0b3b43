import type { Kysely } from 'kysely';

// Migrations take Kysely<any> on purpose: they must not depend on today's types.
type Db = Kysely<any>;

/**
 * The cross-article tables resolve/ writes. The initial migration created placeholders that nothing
 * ever filled (every store has them empty), so they are dropped and made again in the shapes resolve/
 * needs: actor keys and per-article links (linking is a few indexed look-ups), corrections, the
 * features and LSH bands that find candidate stories without a scan, roles with their evidence,
 * claims with source chains, disagreeing figures, and labels per story and outlet.
 */
export async function up(db: Db): Promise<void> {
  for (const t of ['labels', 'claim_statements', 'claims', 'story_articles', 'stories', 'actor_aliases', 'actors'])
    await db.schema.dropTable(t).ifExists().execute();

  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('actor_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('strength', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_keys_pk', ['key', 'actor_id'])
    .execute();
  await db.schema.createIndex('actor_keys_actor').on('actor_keys').column('actor_id').execute();
  await db.schema
    .createTable('actor_aliases')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('actor_aliases_actor').on('actor_aliases').column('actor_id').execute();
  await db.schema.createIndex('actor_aliases_article').on('actor_aliases').column('article_id').execute();
  await db.schema
    .createTable('article_actors')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_actors_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('article_actors_actor').on('article_actors').columns(['actor_id', 'published']).execute();
  await db.schema
    .createTable('actor_overrides')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('other', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_features')
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('resolve_seq', 'integer', (c) => c.notNull().unique())
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('statements', 'text', (c) => c.notNull())
    .addColumn('numbers', 'text', (c) => c.notNull())
    .addColumn('join_rule', 'text', (c) => c.notNull())
    .addColumn('join_score', 'real', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_features_story').on('article_features').column('story_id').execute();
  await db.schema
    .createTable('story_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('published', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_bands_pk', ['band', 'article_id'])
    .execute();
  await db.schema.createIndex('story_bands_article').on('story_bands').column('article_id').execute();
  // Candidates are read by band inside the publication window: without the date in the index a common
  // band's look-up would read its rows from the whole store.
  await db.schema.createIndex('story_bands_band_published').on('story_bands').columns(['band', 'published']).execute();
  // Stories to recompute: an article joins in its own short transaction, the story is recomputed once
  // per run however many articles joined it (a run killed between the two leaves the row for the next).
  await db.schema.createTable('story_refresh').addColumn('story_id', 'text', (c) => c.primaryKey()).execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text')
    .addColumn('origin', 'text')
    .addColumn('origin_article_id', 'text')
    .addColumn('origin_rule', 'text', (c) => c.notNull())
    .addColumn('first_published', 'text', (c) => c.notNull())
    .addColumn('last_published', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('story_articles')
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('evidence_start', 'integer')
    .addColumn('evidence_end', 'integer')
    .execute();
  await db.schema.createIndex('story_articles_story').on('story_articles').column('story_id').execute();
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('chains', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_story').on('claims').column('story_id').execute();
  await db.schema
    .createTable('claim_statements')
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('statement_seq', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_statements_pk', ['claim_id', 'article_id', 'statement_seq'])
    .execute();
  await db.schema
    .createTable('figures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('figures_story').on('figures').column('story_id').execute();
  await db.schema
    .createTable('figure_values')
    .addColumn('figure_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('quantity_seq', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('low', 'real')
    .addColumn('high', 'real')
    .addColumn('source', 'text')
    .addPrimaryKeyConstraint('figure_values_pk', ['figure_id', 'article_id', 'quantity_seq'])
    .execute();
  await db.schema
    .createTable('labels')
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('labels_story').on('labels').column('story_id').execute();
  await db.schema.createIndex('labels_actor').on('labels').columns(['actor_id', 'outlet']).execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of ['labels', 'figure_values', 'figures', 'claim_statements', 'claims', 'story_articles', 'stories',
    'story_bands', 'story_refresh', 'article_features', 'actor_overrides', 'article_actors', 'actor_aliases', 'actor_keys', 'actors'])
    await db.schema.dropTable(t).ifExists().execute();
}
