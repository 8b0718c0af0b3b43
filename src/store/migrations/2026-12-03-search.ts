import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Migrations take Kysely<any> on purpose: they must not depend on today's types.
type Db = Kysely<any>;

const isSqlite = (db: Db) => db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * Full-text search over articles (title and text), read by search-articles.ts.
 *
 * SQLite: an FTS5 external-content table (the text is not stored twice) keyed by the articles rowid
 * (articles has a text primary key, so it is a rowid table). Triggers keep it in sync; an UPDATE must
 * first hand FTS5 the old values ('delete' command), since an external-content index cannot read them
 * back once the row has changed. VACUUM keeps these rowids in the SQLite builds we ship (transfer
 * optimisation); should a copy ever renumber them, `insert into articles_fts(articles_fts) values('rebuild')`
 * repairs the index.
 *
 * PostgreSQL: the tsvector of each article, stored in a table of its own (article_search, GIN index) that
 * a trigger keeps in sync. Not a generated column of articles: every `selectAll()` of an article would
 * carry it, and a row read that way could no longer be inserted again. Not an expression index either:
 * ranking would then rebuild the vector of every match on every query. The configuration is our own,
 * `attest_search`: a copy of 'english' (the articles are English news, so stemming finds "meter" for
 * "meters" and stop words do not flood the ranking, which 'simple' would not do) plus unaccent when the
 * server has it, so "muller" finds "Müller" as on SQLite. Its own name also keeps the queries the same
 * whichever of the two it turned out to be.
 */
export async function up(db: Db): Promise<void> {
  if (isSqlite(db)) await upSqlite(db);
  else await upPostgres(db);
}

export async function down(db: Db): Promise<void> {
  if (isSqlite(db)) {
    for (const t of ['articles_fts_ai', 'articles_fts_ad', 'articles_fts_au']) await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
    await sql`drop table if exists articles_fts`.execute(db);
    return;
  }
  await sql`drop trigger if exists article_search_sync on articles`.execute(db);
  await sql`drop function if exists attest_article_search()`.execute(db);
  await sql`drop table if exists article_search`.execute(db);
  const { rows } = await sql<{ note: string | null }>`select obj_description(c.oid, 'pg_ts_config') as note from pg_ts_config c
    where c.cfgname = 'attest_search' and c.cfgnamespace = current_schema()::regnamespace`.execute(db);
  await sql`drop text search configuration if exists attest_search`.execute(db);
  // Only an extension this migration installed is removed, and only if nothing else has come to use it.
  if (rows[0]?.note === MADE_UNACCENT) await inSavepoint(db, () => sql`drop extension if exists unaccent`.execute(db));
}

async function upSqlite(db: Db): Promise<void> {
  await sql`create virtual table articles_fts using fts5(title, text, content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger articles_fts_ai after insert on articles begin
    insert into articles_fts (rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
  await sql`create trigger articles_fts_ad after delete on articles begin
    insert into articles_fts (articles_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
  end`.execute(db);
  // Only when title or text is written: reanalysis, which rewrites `versions` alone, leaves the index be.
  await sql`create trigger articles_fts_au after update of title, text on articles begin
    insert into articles_fts (articles_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
    insert into articles_fts (rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
  await sql`insert into articles_fts (articles_fts) values ('rebuild')`.execute(db);
}

/** Marks (as the configuration's comment) that up() installed unaccent, so down() knows to remove it. */
const MADE_UNACCENT = 'attest: unaccent installed by migration 2026-12-03-search';

async function upPostgres(db: Db): Promise<void> {
  const { rows } = await sql<{ installed: boolean; available: boolean }>`select
    exists (select 1 from pg_extension where extname = 'unaccent') as installed,
    exists (select 1 from pg_available_extensions where name = 'unaccent') as available`.execute(db);
  let unaccent = !!rows[0]?.installed;
  let made = false;
  // A server without contrib, or a role that may not create extensions, still gets search, without folding.
  if (!unaccent && rows[0]?.available) made = unaccent = await inSavepoint(db, () => sql`create extension unaccent`.execute(db));
  await sql`create text search configuration attest_search (copy = english)`.execute(db);
  if (unaccent)
    await sql`alter text search configuration attest_search
      alter mapping for hword, hword_part, word with unaccent, english_stem`.execute(db);
  if (made) await sql`comment on text search configuration attest_search is ${sql.lit(MADE_UNACCENT)}`.execute(db);
  // Renaming an article (not done today) carries its row along; deleting it deletes the row.
  await sql`create table article_search (
    article_id text primary key references articles (id) on delete cascade on update cascade,
    tsv tsvector not null)`.execute(db);
  await sql`create index article_search_tsv on article_search using gin (tsv)`.execute(db);
  // Title weighted A, text D: a word in the title ranks above the same word in the body, as on SQLite (bm25 weights).
  await sql`create function attest_article_search() returns trigger language plpgsql as $$
    begin
      insert into article_search (article_id, tsv)
      values (new.id, setweight(to_tsvector('attest_search', coalesce(new.title, '')), 'A') || setweight(to_tsvector('attest_search', new.text), 'D'))
      on conflict (article_id) do update set tsv = excluded.tsv;
      return null;
    end $$`.execute(db);
  // Only when title or text is written: reanalysis, which rewrites `versions` alone, leaves the index be.
  await sql`create trigger article_search_sync after insert or update of title, text on articles
    for each row execute function attest_article_search()`.execute(db);
  await sql`insert into article_search (article_id, tsv)
    select id, setweight(to_tsvector('attest_search', coalesce(title, '')), 'A') || setweight(to_tsvector('attest_search', text), 'D')
    from articles`.execute(db);
}

/** Runs `f` in a savepoint of the migration's transaction: a failure is undone and reported as false. */
async function inSavepoint(db: Db, f: () => Promise<unknown>): Promise<boolean> {
  await sql`savepoint attest_search`.execute(db);
  try {
    await f();
    await sql`release savepoint attest_search`.execute(db);
    return true;
  } catch {
    await sql`rollback to savepoint attest_search`.execute(db);
    return false;
  }
}
