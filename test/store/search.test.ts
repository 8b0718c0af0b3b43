import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Article } from '../../src/model/article.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { saveArticle } from '../../src/store/save-article.js';
import { makeSnippet, queryTokens, searchArticles, SEARCH_MAX_LIMIT, type SearchResult } from '../../src/store/search-articles.js';
import { DIALECTS } from './dialects.js';
import { freshRecord } from './helpers.js';

type Fields = Partial<Omit<Article, 'origin'>> & { id: string; text: string };
const article = (f: Fields): Article => ({
  outlet: 'Harbor Gazette', published: '2024-03-01', title: null, url: null, ...f, origin: { file: 'search.jsonl', line: null, format: 'jsonl' },
});
const save = (store: Store, f: Fields, policy: 'keep' | 'replace' = 'keep') => saveArticle(store, freshRecord(article(f)), {}, policy);
const ids = (r: SearchResult) => r.hits.map((h) => h.id);
/** The marked stretches of each hit's snippet. */
const marked = (r: SearchResult) => r.hits.map((h) => h.snippet.marks.map(([s, e]) => h.snippet.text.slice(s, e)));

// Invented words, so no fixture text matches by accident.
const PAGED = Array.from({ length: 7 }, (_, i) => ({
  id: `page-${i}`,
  outlet: i % 2 ? 'Valley Courier' : 'Harbor Gazette',
  published: `2024-05-${String(10 + i).padStart(2, '0')}`,
  title: `Tide table number ${i}`,
  text: `The zephyrine tide in Marrow Bay came in at ${6 + i} o'clock, said harbourmaster Piet Orlund.`,
}));

const HOSTILE = ['"', 'foo:bar', 'a AND (', 'NEAR(', '*', '-x', 'a('.repeat(5000), 'title:lighthouse', 'lighthouse OR', 'NOT lighthouse',
  '^lighthouse', '{title text}: lighthouse', "'; drop table articles; --", '\\', '%_', '\u0301', '"lighthouse', 'lighthouse"*', ')(', 'x'.repeat(10_000),
  'NEAR(lighthouse keeper, 2)', 'lighthouse + keeper', '\u0000', '\ud800'];

for (const dialect of DIALECTS) {
  describe(`search on ${dialect.name}`, { skip: dialect.skip }, () => {
    let store: Store;
    let drop: () => Promise<void>;
    before(async () => {
      const db = await dialect.fresh();
      drop = db.drop;
      store = await openStore(db.url);
      await save(store, {
        id: 'light-1', title: 'Lighthouse keeper retires', published: '2024-03-01',
        text: 'After forty years the lighthouse keeper of Brannoch, Ilse Dallgren, handed over the keys. The lighthouse will be automated, and the lighthouse lamp replaced.',
      });
      await save(store, {
        id: 'light-2', outlet: 'Valley Courier', title: 'Ferry timetable changes', published: '2024-03-05',
        text: 'The morning ferry to Keswater will leave ten minutes earlier from Monday. Passengers asked about parking near the pier, the old signal house and the ' +
          'footbridge, which the council said would be repaired in spring. The crossing passes the lighthouse on the point. ' +
          'Tickets bought before the change stay valid, the operator said, and the evening sailing is unchanged.',
      });
      await save(store, { id: 'title-only', title: 'Quarrymen strike at Ellisford', text: 'Work stopped on Tuesday; talks are due next week.' });
      await save(store, { id: 'umlaut', title: 'Café reopens', text: 'Councillor Jörg Müller of Tolvik said the café on the square would reopen in June.' });
      // Two diacritics on one letter: folded only with remove_diacritics 2 on SQLite.
      await save(store, { id: 'two-marks', text: 'Reporter Lan Nguyễn filed from Dunmore.' });
      for (const p of PAGED) await save(store, p);
    });
    after(async () => {
      await store?.close();
      await drop?.();
    });

    test('finds an article by a word of its text, and one by a word of its title only', async () => {
      const r = await searchArticles(store, 'Dallgren');
      assert.deepEqual(ids(r), ['light-1']);
      assert.equal(r.total, 1);
      const hit = r.hits[0]!;
      assert.deepEqual({ ...hit, snippet: undefined }, {
        id: 'light-1', input_id: 'light-1', outlet: 'Harbor Gazette', published: '2024-03-01', title: 'Lighthouse keeper retires', snippet: undefined,
      });
      const t = await searchArticles(store, 'quarrymen');
      assert.deepEqual(ids(t), ['title-only']);
      // No word of the text matched: the snippet is the start of the text, nothing marked.
      assert.deepEqual(t.hits[0]!.snippet, { text: 'Work stopped on Tuesday; talks are due next week.', marks: [] });
      assert.deepEqual(await searchArticles(store, 'nosuchwordanywhere'), { total: 0, hits: [] });
    });

    test('every word must occur, in any order and case', async () => {
      assert.deepEqual(ids(await searchArticles(store, 'KEYS brannoch')), ['light-1']);
      assert.deepEqual(ids(await searchArticles(store, 'lighthouse ferry')), ['light-2']);
      assert.deepEqual(ids(await searchArticles(store, 'lighthouse zephyrine')), []);
    });

    test('ranks by relevance: the word in the title and often in the text comes first', async () => {
      const r = await searchArticles(store, 'lighthouse');
      assert.deepEqual(ids(r), ['light-1', 'light-2']);
      assert.equal(r.total, 2);
    });

    test('pages with limit and offset; total counts every match', async () => {
      const all = await searchArticles(store, 'zephyrine');
      assert.equal(all.total, 7);
      assert.deepEqual([...ids(all)].sort(), PAGED.map((p) => p.id).sort());
      const pages: string[] = [];
      for (const offset of [0, 3, 6]) {
        const r = await searchArticles(store, 'zephyrine', { limit: 3, offset });
        assert.equal(r.total, 7);
        assert.equal(r.hits.length, offset === 6 ? 1 : 3);
        pages.push(...ids(r));
      }
      assert.deepEqual(pages, ids(all), 'pages are slices of one stable order');
      assert.deepEqual(await searchArticles(store, 'zephyrine', { limit: 3, offset: 30 }), { total: 7, hits: [] });
      assert.deepEqual(await searchArticles(store, 'zephyrine', { limit: 0 }), { total: 7, hits: [] });
      assert.equal((await searchArticles(store, 'zephyrine', { limit: 10 ** 9 })).hits.length, 7, 'a huge limit is lowered, not refused');
      assert.ok(SEARCH_MAX_LIMIT >= 7);
      await assert.rejects(searchArticles(store, 'zephyrine', { limit: -1 }), /limit must be a whole number/);
      await assert.rejects(searchArticles(store, 'zephyrine', { offset: 1.5 }), /offset must be a whole number/);
    });

    test('equal relevance: newest first, then id', async () => {
      // Equal texts score the same, so the order is decided by date alone.
      for (const [id, published] of [['twin-a', '2024-01-02'], ['twin-b', '2024-01-09'], ['twin-c', '2024-01-09']] as const)
        await save(store, { id, published, outlet: id, text: 'The quillwort survey counted nine ponds.' });
      assert.deepEqual(ids(await searchArticles(store, 'quillwort')), ['twin-b', 'twin-c', 'twin-a']);
    });

    test('filters by outlet, since and until (inclusive), and total counts under the filters', async () => {
      const courier = await searchArticles(store, 'zephyrine', { outlet: 'Valley Courier' });
      assert.deepEqual([...ids(courier)].sort(), ['page-1', 'page-3', 'page-5']);
      assert.equal(courier.total, 3);
      const window = await searchArticles(store, 'zephyrine', { since: '2024-05-12', until: '2024-05-14' });
      assert.deepEqual([...ids(window)].sort(), ['page-2', 'page-3', 'page-4']);
      const both = await searchArticles(store, 'zephyrine', { outlet: 'Harbor Gazette', since: '2024-05-12', limit: 1 });
      assert.equal(both.total, 3);
      assert.equal(both.hits.length, 1);
      assert.deepEqual(await searchArticles(store, 'zephyrine', { outlet: 'No Such Outlet' }), { total: 0, hits: [] });
    });

    test('a replaced article is found by its new text and title, not by its old ones', async () => {
      await save(store, { id: 'replaced', title: 'Marsh heron count', text: 'Volunteers counted forty marsh herons near Ashgrove.' });
      assert.deepEqual(ids(await searchArticles(store, 'herons')), ['replaced']);
      const r = await save(store, { id: 'replaced', title: 'Estuary otter count', text: 'Volunteers counted eleven otters near Ashgrove.' }, 'replace');
      assert.equal(r.outcome, 'replaced');
      assert.deepEqual(await searchArticles(store, 'heron'), { total: 0, hits: [] });
      assert.deepEqual(await searchArticles(store, 'herons'), { total: 0, hits: [] });
      assert.deepEqual(ids(await searchArticles(store, 'otters')), ['replaced']);
      assert.deepEqual(ids(await searchArticles(store, 'estuary')), ['replaced']);
      assert.deepEqual(ids(await searchArticles(store, 'Ashgrove volunteers')), ['replaced'], 'words of both versions: found once');
    });

    test('a deleted article is no longer found', async () => {
      // attest has no delete command; this is the SQL delete a future one (or a person) would run.
      await save(store, { id: 'doomed', text: 'The gorsebloom festival is cancelled.' });
      assert.deepEqual(ids(await searchArticles(store, 'gorsebloom')), ['doomed']);
      await store.db.deleteFrom('articles').where('id', '=', 'doomed').execute();
      assert.deepEqual(await searchArticles(store, 'gorsebloom'), { total: 0, hits: [] });
    });

    test('hostile queries return normally: no syntax reaches the database', async () => {
      for (const q of HOSTILE) {
        const t0 = Date.now();
        const r = await searchArticles(store, q);
        assert.ok(Number.isInteger(r.total) && Array.isArray(r.hits) && r.hits.length <= r.total, `query ${JSON.stringify(q.slice(0, 40))}`);
        assert.ok(Date.now() - t0 < 5000, `query ${JSON.stringify(q.slice(0, 40))} took ${Date.now() - t0} ms`);
      }
      // Operators are words like any other (or nothing): '-' does not exclude, quotes do not make a phrase.
      assert.deepEqual(ids(await searchArticles(store, '-lighthouse')), ['light-1', 'light-2']);
      assert.deepEqual(ids(await searchArticles(store, '"keeper lighthouse"')), ['light-1']);
      assert.deepEqual(ids(await searchArticles(store, 'dallgren:')), ['light-1']);
      assert.deepEqual(ids(await searchArticles(store, 'NEAR(Dallgren')), [], 'near is a word to find, and no article has it');
      for (const q of ['', '   ', '*', '"', '()', '-', '\u0301', ':-)'])
        assert.deepEqual(await searchArticles(store, q), { total: 0, hits: [] }, `query ${JSON.stringify(q)}`);
      assert.equal((await searchArticles(store, 'articles')).total, 0, 'the store is intact');
      assert.ok((await searchArticles(store, 'lighthouse')).total === 2);
    });

    test('case and diacritics are ignored both ways, and the snippet marks the word as written', async () => {
      for (const q of ['muller', 'MÜLLER', 'mu\u0308ller', 'jorg cafe'])
        assert.deepEqual(ids(await searchArticles(store, q)), ['umlaut'], q);
      const r = await searchArticles(store, 'muller cafe');
      assert.deepEqual(marked(r), [['Müller', 'café']]);
      const { text, marks } = r.hits[0]!.snippet;
      assert.equal(text, 'Councillor Jörg Müller of Tolvik said the café on the square would reopen in June.');
      assert.deepEqual(marks, [[16, 22], [42, 46]]);
      assert.deepEqual(marked(await searchArticles(store, 'nguyen')), [['Nguyễn']]);
    });

    test('a match deep in a long text: a window of about 200 characters around it, cut at spaces', async () => {
      const filler = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
      const text = `${filler(150, 'alpha')} The brackenfold inquiry opened in Penhallow. ${filler(150, 'omega')}`;
      await save(store, { id: 'long', text });
      const { snippet } = (await searchArticles(store, 'brackenfold')).hits[0]!;
      assert.ok(snippet.text.startsWith('… alpha') && snippet.text.endsWith(' …'), snippet.text);
      assert.ok(snippet.text.length <= 205 && snippet.text.length >= 150, `${snippet.text.length} characters`);
      const words = new Set(text.split(' '));
      for (const w of snippet.text.slice(2, -2).split(' ')) assert.ok(words.has(w), `${w}: no word cut in half`);
      assert.equal(snippet.marks.length, 1);
      const [s, e] = snippet.marks[0]!;
      assert.equal(snippet.text.slice(s, e), 'brackenfold');
      assert.equal(text.indexOf(snippet.text.slice(2, -2)) >= 0, true, 'the snippet is a stretch of the text');
    });
  });
}

describe('queryTokens and makeSnippet', () => {
  test('query words: distinct, at most 16, operators and punctuation dropped', () => {
    assert.deepEqual(queryTokens('"Müller" -x foo:bar NEAR( a AND ('), ['Müller', 'x', 'foo', 'bar', 'NEAR', 'a', 'AND']);
    assert.deepEqual(queryTokens('müller MULLER Mu\u0308ller'), ['müller']);
    assert.deepEqual(queryTokens('a('.repeat(5000)), ['a']);
    assert.equal(queryTokens(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).length, 16);
    assert.deepEqual(queryTokens('東京 Ωmega 42'), ['東京', 'Ωmega', '42']);
  });

  test('a snippet marks every matching word; a stemmed search also marks short endings', () => {
    const s = makeSnippet('Two meters, one meter: the Meters were read.', new Set(['meters']));
    assert.deepEqual(s.marks.map(([a, b]) => s.text.slice(a, b)), ['meters', 'Meters']);
    const t = makeSnippet('Two meters, one meter: the Meters were read.', new Set(['meters']), true);
    assert.deepEqual(t.marks.map(([a, b]) => t.text.slice(a, b)), ['meters', 'meter', 'Meters']);
    const u = makeSnippet('Søren Ørsted wrote.', new Set(['soren']), true);
    assert.deepEqual(u.marks, [[0, 5]]);
    assert.deepEqual(makeSnippet('', new Set(['x'])), { text: '', marks: [] });
  });

  test('a window never splits a surrogate pair', () => {
    const text = '🌊'.repeat(300) + ' wavecrest ' + '🌊'.repeat(300);
    const s = makeSnippet(text, new Set(['wavecrest']));
    assert.ok(!/^(… )?[\uDC00-\uDFFF]/.test(s.text) && !/[\uD800-\uDBFF]( …)?$/.test(s.text), 'whole characters only');
    assert.equal(s.marks.length, 1);
  });
});
