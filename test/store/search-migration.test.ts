import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from '../../src/store/migrations/index.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { saveArticle } from '../../src/store/save-article.js';
import { searchArticles } from '../../src/store/search-articles.js';
import BetterSqlite3 from '../../src/store/sqlite-driver.js';
import { DIALECTS, type TestDialect } from './dialects.js';
import { articleAt, freshRecord } from './helpers.js';

const BEFORE_SEARCH = '2026-12-02-resolve';

/** A raw Kysely handle on `url`, without openStore's checks and upgrade. */
function rawDb(dialect: TestDialect, url: string): Kysely<any> {
  return dialect.name === 'sqlite'
    ? new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(url) }) })
    : new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
}

/** What the search migration made, by name: on SQLite the FTS table and its triggers, on PostgreSQL the table, index, trigger, function and configuration. */
async function searchObjects(store: Store): Promise<string[]> {
  const { rows } = store.dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where name like 'articles_fts%' order by name`.execute(store.db)
    : await sql<{ name: string }>`select tablename as name from pg_tables where tablename = 'article_search'
        union all select indexname from pg_indexes where indexname = 'article_search_tsv'
        union all select tgname from pg_trigger where tgname = 'article_search_sync'
        union all select proname from pg_proc where proname = 'attest_article_search'
        union all select cfgname from pg_ts_config where cfgname = 'attest_search'
        union all select extname from pg_extension where extname = 'unaccent' order by 1`.execute(store.db);
  return rows.map((r) => r.name);
}

for (const dialect of DIALECTS) {
  describe(`search migration on ${dialect.name}`, { skip: dialect.skip }, () => {
    const drops: Array<() => Promise<void>> = [];
    after(async () => {
      for (const d of drops) await d();
    });
    const fresh = async () => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      return url;
    };

    test('a store from before search: read-only opening says to upgrade, write opening upgrades and indexes its articles', async () => {
      const url = await fresh();
      const old = rawDb(dialect, url);
      const { error } = await new Migrator({ db: old, provider: migrationProvider }).migrateTo(BEFORE_SEARCH);
      assert.equal(error, undefined);
      const a = articleAt(3);
      await old.insertInto('articles').values({
        id: a.id, outlet: a.outlet, published: a.published, title: a.title, url: a.url, text: a.text, text_hash: 'h', versions: '{}',
        id_generated: 0, source_file: 'old.jsonl', source_line: 1, source_format: 'jsonl', ingested_at: '2026-12-02T00:00:00Z',
        identity: JSON.stringify([a.outlet, 'id', a.id]), input_id: a.id,
      }).execute();
      await old.destroy();

      await assert.rejects(openStore(url, { mode: 'read' }), /written by an older attest and needs an upgrade \(2026-12-03-search[,)].*reanalyze/);
      const store = await openStore(url, { mode: 'write' });
      try {
        const town = a.text.split(' ')[0]!;
        const r = await searchArticles(store, `${town} meters`);
        assert.deepEqual(r.hits.map((h) => h.id), [a.id], 'the article stored before the upgrade is found');
        await saveArticle(store, freshRecord(articleAt(11)));
        assert.equal((await searchArticles(store, articleAt(11).text.split(' ')[0]!)).hits.some((h) => h.id === articleAt(11).id), true);
      } finally {
        await store.close();
      }
      const reader = await openStore(url, { mode: 'read' });
      try {
        assert.equal((await searchArticles(reader, 'meters')).total, 2, 'a read-only store searches');
      } finally {
        await reader.close();
      }
    });

    test('down() removes what up() made; up() again indexes what was stored meanwhile', async () => {
      const url = await fresh();
      const store = await openStore(url);
      try {
        const made = await searchObjects(store);
        assert.deepEqual(made, dialect.name === 'sqlite'
          ? ['articles_fts', 'articles_fts_ad', 'articles_fts_ai', 'articles_fts_au', 'articles_fts_config', 'articles_fts_data', 'articles_fts_docsize', 'articles_fts_idx']
          : ['article_search', 'article_search_sync', 'article_search_tsv', 'attest_article_search', 'attest_search', 'unaccent']);
        const migrator = new Migrator({ db: store.db, provider: migrationProvider });
        const down = await migrator.migrateTo(BEFORE_SEARCH);
        assert.equal(down.error, undefined);
        assert.deepEqual(down.results?.filter((r) => r.migrationName === '2026-12-03-search').map((r) => [r.direction, r.status]), [['Down', 'Success']]);
        assert.deepEqual(await searchObjects(store), []);
        // Articles are still written without the index (no trigger left behind pointing at nothing).
        const a = articleAt(5);
        assert.equal((await saveArticle(store, freshRecord(a))).outcome, 'ingested');
        assert.equal((await migrator.migrateToLatest()).error, undefined);
        assert.deepEqual(await searchObjects(store), made);
        assert.deepEqual((await searchArticles(store, a.text.split(' ')[0]!)).hits.map((h) => h.id), [a.id]);
      } finally {
        await store.close();
      }
    });
  });
}
