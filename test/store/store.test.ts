import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkInvariants } from '../../src/model/check-invariants.js';
import type { ArticleRecord } from '../../src/model/record.js';
import { listArticles } from '../../src/store/list-articles.js';
import { loadRecord } from '../../src/store/load-record.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { saveArticle } from '../../src/store/save-article.js';
import { isStale, staleIds } from '../../src/store/stale-articles.js';
import { DIALECTS } from './dialects.js';
import { articleAt, freshRecord } from './helpers.js';

const layerCount = (r: ArticleRecord) => ({
  entities: r.entities.length,
  mentions: r.entities.reduce((n, e) => n + e.mention_spans.length, 0),
  statements: r.statements.length,
  quantities: r.quantities.length,
  times: r.times.length,
  relations: r.relations.length,
});

for (const dialect of DIALECTS) {
  describe(`store on ${dialect.name}`, { skip: dialect.skip }, () => {
    let store: Store;
    let drop: () => Promise<void>;
    before(async () => {
      const db = await dialect.fresh();
      drop = db.drop;
      store = await openStore(db.url);
    });
    after(async () => {
      await store?.close();
      await drop?.();
    });

    test('round trip: every field and span reads back identical to toRecord', async () => {
      const record = freshRecord(articleAt(1));
      assert.deepEqual(checkInvariants(record), []);
      // The fixture must exercise every layer and the nullable fields, or this test proves little.
      assert.ok(record.entities.length && record.statements.length && record.quantities.length && record.times.length && record.relations.length);
      assert.ok(record.statements.some((s) => s.cue === null && s.cue_span === null && s.via !== null));
      assert.ok(record.quantities.some((q) => q.value === null && q.high !== null && !Number.isInteger(q.high)));
      assert.deepEqual(await saveArticle(store, record), { outcome: 'ingested', id: record.id });
      const back = await loadRecord(store.db, record.id);
      assert.deepStrictEqual(back, record);
      assert.equal(JSON.stringify(back), JSON.stringify(record), 'same JSON text, key order included');
    });

    test('a record with no items, null metadata and non-BMP text round-trips too', async () => {
      const text = 'Quiet day in Tolvik 🌊 — nothing to report.';
      const record: ArticleRecord = {
        ...freshRecord({ ...articleAt(2), text }), id: 'empty-1', outlet: null, title: null, url: null,
        entities: [], statements: [], quantities: [], times: [], relations: [],
      };
      await saveArticle(store, record);
      assert.deepStrictEqual(await loadRecord(store.db, 'empty-1'), record);
      assert.equal(await loadRecord(store.db, 'no-such-id'), undefined);
    });

    test('re-ingesting the same article is idempotent', async () => {
      const record = freshRecord(articleAt(3));
      assert.equal((await saveArticle(store, record)).outcome, 'ingested');
      assert.equal((await saveArticle(store, record)).outcome, 'unchanged');
      assert.equal((await saveArticle(store, freshRecord(articleAt(3)))).outcome, 'unchanged');
      const listed = (await listArticles(store.db)).filter((a) => a.id === record.id);
      assert.equal(listed.length, 1);
      assert.deepEqual(listed[0]!.counts, layerCount(record));
    });

    test('an article without an id of its own is identified by outlet + text hash', async () => {
      const a = { ...articleAt(4, 'stdin', 1), id: 'stdin-1' };
      const r1 = await saveArticle(store, freshRecord(a), { ...a.origin, idGenerated: true });
      assert.deepEqual(r1, { outcome: 'ingested', id: 'stdin-1' });
      // Same text and outlet again, read from another place under another made-up id: stored once.
      const again = { ...a, id: 'other-7', origin: { file: 'other.jsonl', line: 7, format: 'jsonl' as const } };
      assert.deepEqual(await saveArticle(store, freshRecord(again), { ...again.origin, idGenerated: true }), { outcome: 'unchanged', id: 'stdin-1' });
      // A different text under the same made-up id is another article, not a replacement.
      const b = { ...articleAt(5, 'stdin', 1), id: 'stdin-1' };
      const r2 = await saveArticle(store, freshRecord(b), { ...b.origin, idGenerated: true });
      assert.equal(r2.outcome, 'ingested');
      assert.match(r2.id, /^stdin-1-[0-9a-f]{12}$/);
      assert.equal((await loadRecord(store.db, 'stdin-1'))!.text, a.text);
      assert.equal((await loadRecord(store.db, r2.id))!.text, b.text);
      // The same text from another outlet is another article.
      const c = { ...a, outlet: 'Valley Courier' };
      assert.equal((await saveArticle(store, freshRecord(c), { ...c.origin, idGenerated: true })).outcome, 'ingested');
    });

    test('a new version of a stored article is kept out by default, stored by replace (the old one kept), refused by fail', async () => {
      const old = freshRecord(articleAt(6));
      await saveArticle(store, old, { file: 'first.jsonl', line: 6 });
      const changedText = `${articleAt(6).text}\n\nMarit Okoro said 75 buses were late on Friday.`;
      const changed = freshRecord({ ...articleAt(6), text: changedText });
      // Default: nothing is discarded silently; the stored version stays and the caller hears where it came from.
      assert.deepEqual(await saveArticle(store, changed), { outcome: 'kept', id: old.id, storedFrom: 'first.jsonl:6' });
      assert.deepStrictEqual(await loadRecord(store.db, old.id), old);
      await assert.rejects(saveArticle(store, changed, {}, 'fail'), /is stored with another text \(from first\.jsonl:6\)/);
      assert.deepEqual(await saveArticle(store, changed, { file: 'second.jsonl', line: 1 }, 'replace'), { outcome: 'replaced', id: old.id, storedFrom: 'first.jsonl:6' });
      assert.deepStrictEqual(await loadRecord(store.db, old.id), changed);
      const listed = (await listArticles(store.db)).find((a) => a.id === old.id)!;
      assert.deepEqual(listed.counts, layerCount(changed));
      assert.notDeepEqual(layerCount(changed), layerCount(old));
      // Shrinking back removes the extra rows rather than leaving them behind; a metadata change is a version too.
      assert.equal((await saveArticle(store, old, {}, 'replace')).outcome, 'replaced');
      assert.deepStrictEqual(await loadRecord(store.db, old.id), old);
      assert.equal((await saveArticle(store, { ...old, published: '2020-02-29' }, {}, 'replace')).outcome, 'replaced');
      const versions = await store.db.selectFrom('article_versions').select(['version', 'text', 'published', 'source_file']).where('article_id', '=', old.id).orderBy('version').execute();
      assert.deepEqual(versions.map((v) => [v.version, v.text === old.text ? 'old' : v.text === changedText ? 'changed' : '?', v.source_file]), [
        [1, 'old', 'first.jsonl'], [2, 'changed', 'second.jsonl'], [3, 'old', ''],
      ]);
      // Newer extractors on the same text re-analyse in place: no version, no conflict.
      const bumped = { ...old, published: '2020-02-29', versions: { ...old.versions, times: 9 } };
      assert.equal((await saveArticle(store, bumped)).outcome, 'reanalyzed');
    });

    test('the same id from two outlets is two articles; one outlet\'s id under another key is still found', async () => {
      const a = freshRecord({ ...articleAt(40), id: '1', outlet: 'Harbor Gazette' });
      const b = freshRecord({ ...articleAt(41), id: '1', outlet: 'Valley Courier' });
      assert.deepEqual(await saveArticle(store, a), { outcome: 'ingested', id: '1' });
      assert.deepEqual(await saveArticle(store, b), { outcome: 'ingested', id: '1@Valley Courier' });
      assert.equal((await loadRecord(store.db, '1'))!.text, a.text);
      assert.equal((await loadRecord(store.db, '1@Valley Courier'))!.text, b.text);
      assert.deepEqual(await saveArticle(store, b), { outcome: 'unchanged', id: '1@Valley Courier' });
      assert.deepEqual(await saveArticle(store, a), { outcome: 'unchanged', id: '1' });
      const rows = await store.db.selectFrom('articles').select(['id', 'input_id']).where('input_id', '=', '1').orderBy('id').execute();
      assert.deepEqual(rows, [{ id: '1', input_id: '1' }, { id: '1@Valley Courier', input_id: '1' }]);
    });

    test('the database refuses a second row with one identity, whatever the writer', async () => {
      const a = freshRecord({ ...articleAt(42), id: 'dup-1' });
      await saveArticle(store, a);
      const row = await store.db.selectFrom('articles').selectAll().where('id', '=', 'dup-1').executeTakeFirstOrThrow();
      await assert.rejects(store.db.insertInto('articles').values({ ...row, id: 'dup-1-copy' }).execute(), /unique|UNIQUE/);
    });

    test('listArticles filters by outlet and inclusive date range, ordered by date', async () => {
      for (let i = 10; i < 22; i++) await saveArticle(store, freshRecord(articleAt(i)));
      const all = await listArticles(store.db);
      const dates = all.map((a) => a.published);
      assert.deepEqual(dates, [...dates].sort());
      const outlet = articleAt(10).outlet!;
      const byOutlet = await listArticles(store.db, { outlet });
      assert.ok(byOutlet.length > 0 && byOutlet.every((a) => a.outlet === outlet));
      assert.ok(byOutlet.length < all.length);
      const since = dates[3]!;
      const until = dates[8]!;
      assert.ok(since < until && dates[2]! < since && dates[9]! > until, 'the fixture dates are distinct around the bounds');
      const range = await listArticles(store.db, { since, until });
      assert.ok(range.some((a) => a.published === since) && range.some((a) => a.published === until));
      assert.deepEqual(range.map((a) => a.id), all.slice(3, 9).map((a) => a.id));
      assert.deepEqual(await listArticles(store.db, { since: '2099-01-01' }), []);
      const page = await listArticles(store.db, { limit: 3, offset: 2 });
      assert.deepEqual(page.map((a) => a.id), all.slice(2, 5).map((a) => a.id));
    });

    test('staleIds finds articles stored by older extractors', async () => {
      const record = freshRecord(articleAt(30));
      await saveArticle(store, { ...record, versions: { ...record.versions, times: 0 } });
      const stale = await staleIds(store.db, record.versions);
      assert.ok(stale.includes(record.id));
      assert.ok(!stale.includes(freshRecord(articleAt(10)).id));
      assert.equal(isStale({ entities: 3 }, { entities: 3, times: 1 }), true, 'a layer never run is stale');
      assert.equal(isStale({ entities: 4 }, { entities: 3 }), false);
    });
  });
}
