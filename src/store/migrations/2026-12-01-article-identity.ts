import type { Kysely } from 'kysely';

// Migrations take Kysely<any> on purpose: they must not depend on today's types.
type Db = Kysely<any>;

/** The same string as article-key.ts's articleIdentity, frozen here as it was when this migration was written. */
const identityOf = (r: { outlet: string | null; id: string; id_generated: number; text_hash: string }) =>
  JSON.stringify(r.id_generated === 1 ? [r.outlet, 'text', r.text_hash] : [r.outlet, 'id', r.id]);

/**
 * Article identity the database enforces: `identity` (outlet + input id, or outlet + text hash) is unique,
 * so two writers can no longer store one article twice, and `input_id` keeps the id as the input gave it
 * when the store key had to differ. Prior versions of a replaced article are kept in `article_versions`.
 */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('articles').addColumn('identity', 'text').execute();
  await db.schema.alterTable('articles').addColumn('input_id', 'text').execute();
  const rows = await db.selectFrom('articles').select(['id', 'outlet', 'id_generated', 'text_hash']).orderBy('id').execute();
  const seen = new Set<string>();
  for (const r of rows) {
    const identity = identityOf(r);
    // Two concurrent writers could store one id-less text twice before this key existed: keep the first.
    if (seen.has(identity)) await db.deleteFrom('articles').where('id', '=', r.id).execute();
    else await db.updateTable('articles').set({ identity, input_id: r.id }).where('id', '=', r.id).execute();
    seen.add(identity);
  }
  await db.schema.createIndex('articles_identity').unique().on('articles').column('identity').execute();
  await db.schema.createIndex('articles_input_id').on('articles').column('input_id').execute();

  await db.schema
    .createTable('article_versions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('outlet', 'text')
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('url', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer')
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_versions_pk', ['article_id', 'version'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('article_versions').ifExists().execute();
  await db.schema.dropIndex('articles_input_id').ifExists().execute();
  await db.schema.dropIndex('articles_identity').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('input_id').execute();
  await db.schema.alterTable('articles').dropColumn('identity').execute();
}
