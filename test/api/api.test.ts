import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ErrorBody } from '../../src/api/http-errors.js';
import { DIALECTS } from '../store/dialects.js';
import { HOSTILE_ARTICLE, serveFixtures, type Served } from './serve-fixture.js';

// Every route of the JSON API, in process (app.request), on SQLite and PostgreSQL, over stores filled
// with the cross-article fixtures by the real extractors.
const SETS = ['wire-relayed', 'corroborated', 'labels', 'figures'];
const TOKEN = 'test-token-0123456789';

type Json = Record<string, any>;

async function get(s: Served, path: string, status = 200): Promise<Json> {
  const res = await s.app.request(path);
  const body = (await res.json()) as Json;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 400)}`);
  return body;
}

/** A refused request: the one error shape, with the status repeated inside. */
async function refused(s: Served, path: string, status: number, message: RegExp, init?: RequestInit): Promise<ErrorBody> {
  const res = await s.app.request(path, init);
  assert.equal(res.status, status, path);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as ErrorBody;
  assert.equal(body.ok, false);
  assert.equal(body.status, status);
  assert.match(body.error, message);
  assert.ok(Array.isArray(body.errors) && body.errors.length >= 1, 'errors[] lists at least one problem');
  return body;
}

const post = (body: string, type = 'application/x-ndjson', headers: Record<string, string> = {}) =>
  ({ method: 'POST', body, headers: { 'content-type': type, ...headers } }) satisfies RequestInit;

const article = (id: string, text: string, extra: object = {}) =>
  JSON.stringify({ id, outlet: 'Fenmoor Courier', published: '2025-06-02', title: `Item ${id}`, text, ...extra });

for (const dialect of DIALECTS) {
  describe(`HTTP API on ${dialect.name}`, { skip: dialect.skip }, () => {
    let s: Served;
    before(async () => {
      s = await serveFixtures(dialect, SETS, { extra: [HOSTILE_ARTICLE] });
    });
    after(async () => s?.close());

    test('/api lists the routes; an unknown route is a 404 in the error shape', async () => {
      const index = await get(s, '/api');
      assert.ok(index['routes'].includes('GET /api/stories/:id'));
      await refused(s, '/api/nothing-here', 404, /no route/);
    });

    test('articles: paging with a total and a next link, filters by outlet, dates, story and actor', async () => {
      const all = await get(s, '/api/articles?limit=100');
      assert.ok(all['total'] >= 10);
      assert.equal(all['items'].length, all['total']);
      const first = await get(s, '/api/articles?limit=3');
      assert.equal(first['items'].length, 3);
      assert.equal(first['total'], all['total']);
      assert.equal(first['next'], '/api/articles?limit=3&offset=3');
      const second = await get(s, first['next']);
      assert.deepEqual(second['items'].map((a: Json) => a.id), all['items'].slice(3, 6).map((a: Json) => a.id));
      const last = await get(s, `/api/articles?limit=3&offset=${all['total'] - 1}`);
      assert.equal(last['items'].length, 1);
      assert.equal(last['next'], null);

      const outlet = all['items'][0].outlet as string;
      const byOutlet = await get(s, `/api/articles?outlet=${encodeURIComponent(outlet)}&limit=500`);
      assert.ok(byOutlet['total'] >= 1 && byOutlet['items'].every((a: Json) => a.outlet === outlet));
      assert.equal(byOutlet['total'], all['items'].filter((a: Json) => a.outlet === outlet).length);

      const days = all['items'].map((a: Json) => a.published as string).sort();
      const mid = days[Math.floor(days.length / 2)];
      const since = await get(s, `/api/articles?since=${mid}&limit=500`);
      assert.equal(since['total'], days.filter((d: string) => d >= mid).length);
      const until = await get(s, `/api/articles?until=${mid}&limit=500`);
      assert.equal(until['total'], days.filter((d: string) => d <= mid).length);

      const storyId = all['items'].find((a: Json) => a.story_id)!.story_id;
      const inStory = await get(s, `/api/articles?story=${encodeURIComponent(storyId)}&limit=500`);
      assert.ok(inStory['items'].every((a: Json) => a.story_id === storyId));
      const story = await get(s, `/api/stories/${encodeURIComponent(storyId)}`);
      assert.equal(inStory['total'], story['members'].length);
    });

    test('article: the whole record, its story role and its statements\' claims; a missing id is a 404', async () => {
      const list = await get(s, '/api/articles?limit=500');
      const id = list['items'].find((a: Json) => a.statements > 0).id;
      const a = await get(s, `/api/articles/${encodeURIComponent(id)}`);
      assert.equal(a['id'], id);
      assert.ok(a['record'].text.length > 100 && a['record'].statements.length > 0);
      for (const st of a['record'].statements) assert.ok(st.span.start >= 0 && st.span.end <= a['record'].text.length);
      assert.ok(a['story'] && ['origin', 'relay', 'independent'].includes(a['story'].role));
      await refused(s, '/api/articles/no-such-article', 404, /no article "no-such-article"/);
      await refused(s, `/api/articles/${'x'.repeat(600)}`, 400, /1 to 500 characters/);
      await refused(s, `/api/articles/${encodeURIComponent(id)}?limit=3`, 400, /unknown parameter "limit"/);
    });

    test('stories: the wire scoop has its origin, relays and claims; filters by status, outlet and actor', async () => {
      const list = await get(s, '/api/stories?limit=500');
      assert.ok(list['total'] >= 4);
      const wire = list['items'].find((x: Json) => x.outlets.includes('Northline Wire') && x.article_count >= 3);
      assert.ok(wire, 'the wire-relayed story is listed with its outlets');
      assert.equal(wire.origin, 'Northline Wire');
      const detail = await get(s, `/api/stories/${encodeURIComponent(wire.id)}`);
      const roles = detail['members'].map((m: Json) => m.role);
      assert.ok(roles.includes('origin') && roles.includes('relay'), roles.join());
      assert.equal(detail['story'].id, wire.id);
      assert.equal(detail['texts'].length, detail['members'].length);
      const corroborated = await get(s, '/api/stories?status=corroborated&limit=500');
      for (const x of corroborated['items']) assert.ok(x.claims.corroborated > 0);
      const contested = list['items'].filter((x: Json) => x.claims.contested > 0).length;
      assert.equal((await get(s, '/api/stories?status=contested&limit=500'))['total'], contested);
      const byOutlet = await get(s, '/api/stories?outlet=Northline%20Wire&limit=500');
      assert.ok(byOutlet['items'].every((x: Json) => x.outlets.includes('Northline Wire')));
      assert.equal(byOutlet['total'], list['items'].filter((x: Json) => x.outlets.includes('Northline Wire')).length);
      await refused(s, '/api/stories/s-none', 404, /no story "s-none"/);
      const actor = (await get(s, '/api/actors?limit=1'))['items'][0];
      const withActor = await get(s, `/api/stories?actor=${encodeURIComponent(actor.id)}&limit=500`);
      assert.ok(withActor['total'] >= 1);
    });

    test('actors: most-named first, name search, one actor with aliases, statements, timeline and neighbours', async () => {
      const list = await get(s, '/api/actors?limit=5');
      const counts = list['items'].map((a: Json) => a.article_count);
      assert.deepEqual(counts, [...counts].sort((x: number, y: number) => y - x));
      const top = list['items'][0];
      const found = await get(s, `/api/actors?q=${encodeURIComponent(top.name.slice(0, 4).toUpperCase())}`);
      assert.ok(found['items'].some((a: Json) => a.id === top.id), 'q matches names case-insensitively');
      assert.equal((await get(s, '/api/actors?q=%25%25'))['total'], 0, 'a % in q is a literal, not a wildcard');
      const one = await get(s, `/api/actors/${encodeURIComponent(top.id)}`);
      assert.equal(one['actor'].id, top.id);
      assert.ok(one['actor'].aliases.length >= 1 && Array.isArray(one['timeline']) && Array.isArray(one['neighbours']));
      const people = await get(s, '/api/actors?type=person&limit=500');
      assert.ok(people['items'].every((a: Json) => a.type === 'person'));
      await refused(s, '/api/actors/nobody-at-all', 404, /no actor/);
    });

    test('claims: by status and story, each with its statements', async () => {
      const all = await get(s, '/api/claims?limit=500');
      assert.ok(all['total'] >= 3);
      for (const status of ['corroborated', 'single-source', 'contested']) {
        const some = await get(s, `/api/claims?status=${status}&limit=500`);
        assert.equal(some['total'], all['items'].filter((c: Json) => c.status === status).length);
        assert.ok(some['items'].every((c: Json) => c.status === status));
      }
      const c = all['items'][0];
      assert.ok(c.supporting.length >= 1 && c.supporting[0].article_id);
      const inStory = await get(s, `/api/claims?story=${encodeURIComponent(c.story_id)}&limit=500`);
      assert.ok(inStory['items'].every((x: Json) => x.story_id === c.story_id));
      await refused(s, '/api/claims?status=true', 400, /status expects one of/);
    });

    test('timeline and graph: scoped to a story or an actor; an unknown scope is a 404', async () => {
      const story = (await get(s, '/api/stories?limit=1'))['items'][0];
      const tl = await get(s, `/api/timeline?story=${encodeURIComponent(story.id)}`);
      assert.ok(tl['entries'].some((e: Json) => e.kind === 'published'));
      const sorted = tl['entries'].map((e: Json) => e.sort_date);
      assert.deepEqual(sorted, [...sorted].sort());
      await refused(s, '/api/timeline', 400, /story=ID or actor=ID/);
      await refused(s, '/api/timeline?story=nope', 404, /no story "nope"/);
      const g = await get(s, '/api/graph');
      assert.ok(g['nodes'].length >= 2 && g['edges'].length >= 1);
      const ids = new Set(g['nodes'].map((n: Json) => n.id));
      for (const e of g['edges']) assert.ok(ids.has(e.source) && ids.has(e.target), 'every edge joins two listed nodes');
      const around = g['edges'][0].source;
      const ga = await get(s, `/api/graph?actor=${encodeURIComponent(around)}`);
      assert.ok(ga['nodes'].some((n: Json) => n.id === around));
      await refused(s, '/api/graph?actor=nobody', 404, /no actor/);
    });

    test('outlets: each with its sourcing profile; an unknown outlet is a 404', async () => {
      const list = await get(s, '/api/outlets');
      const articles = await get(s, '/api/articles?limit=500');
      const named = articles['items'].filter((a: Json) => a.outlet != null);
      assert.equal(list['items'].reduce((n: number, o: Json) => n + o.articles, 0), named.length, 'every article with an outlet counted once');
      const wire = await get(s, '/api/outlets/Northline%20Wire');
      assert.equal(wire['outlet'], 'Northline Wire');
      assert.ok(wire['roles'].origin >= 1, 'the wire broke its scoop');
      assert.ok(wire['statements'].anonymous >= 1 && wire['statements'].anonymous_share > 0);
      await refused(s, '/api/outlets/No%20Such%20Paper', 404, /no outlet "No Such Paper"/);
    });

    test('search: words ANDed over titles and texts, paged with a total, filtered, hostile queries answered', async () => {
      const hits = await get(s, '/api/search?q=Corvel%20freight');
      assert.ok(hits['total'] >= 1);
      for (const h of hits['items']) {
        const marked = h.snippet.marks.map(([a, b]: [number, number]) => h.snippet.text.slice(a, b).toLowerCase());
        assert.ok(marked.some((m: string) => m.startsWith('corvel') || m.startsWith('freight')), JSON.stringify(h.snippet));
      }
      const one = await get(s, '/api/search?q=Corvel&limit=1');
      assert.equal(one['items'].length, 1);
      assert.equal(one['total'], (await get(s, '/api/search?q=Corvel&limit=100'))['items'].length);
      const wireOnly = await get(s, '/api/search?q=Corvel&outlet=Northline%20Wire&limit=100');
      assert.ok(wireOnly['items'].every((h: Json) => h.outlet === 'Northline Wire') && wireOnly['total'] >= 1);
      assert.equal((await get(s, '/api/search?q=Corvel&until=2000-01-01'))['total'], 0);
      for (const q of ['"', 'a AND (', 'NEAR(', '*', 'x:y', '<script>']) assert.equal(typeof (await get(s, `/api/search?q=${encodeURIComponent(q)}`))['total'], 'number', q);
      await refused(s, '/api/search', 400, /search needs q=WORDS/);
      await refused(s, '/api/search?q=x&limit=101', 400, /at most 100/);
    });

    test('bad parameters are 400s that name each one', async () => {
      await refused(s, '/api/stories?limit=0', 400, /limit expects a whole number from 1 to 500/);
      await refused(s, '/api/stories?limit=501', 400, /limit/);
      await refused(s, '/api/stories?offset=-1', 400, /offset/);
      await refused(s, '/api/articles?since=2025-02-30', 400, /since expects a date/);
      await refused(s, '/api/articles?until=yesterday', 400, /until expects a date/);
      await refused(s, '/api/articles?since=2025-06-01&until=2025-05-01', 400, /after until/);
      await refused(s, '/api/articles?outlet=a&outlet=b', 400, /given 2 times/);
      await refused(s, `/api/articles?outlet=${'a'.repeat(501)}`, 400, /longer than 500/);
      const two = await refused(s, '/api/claims?colour=red&limit=x', 400, /2 bad parameters/);
      assert.deepEqual(two.errors.map((e) => e.param).sort(), ['colour', 'limit']);
    });

    test('POST one JSON article: stored, analysed, resolved, then unchanged on a repeat; a conflicting text is kept, not overwritten', async () => {
      const text = 'FENMOOR, June 2 (Fenmoor Courier) - Harbour master Ilse Trevane said on Monday that 14 trawlers had been held at the quay since the storm.';
      const res = await s.app.request('/api/articles', post(article('post-one', text), 'application/json'));
      const body = (await res.json()) as Json;
      assert.equal(res.status, 201, JSON.stringify(body));
      assert.deepEqual(body['results'].map((r: Json) => r.outcome), ['ingested']);
      const stored = await get(s, '/api/articles/post-one');
      assert.equal(stored['record'].text, text);
      assert.ok(stored['record'].statements.length >= 1, 'the article was analysed');
      assert.ok(stored['story'], 'the article was resolved into a story');
      const again = await s.app.request('/api/articles', post(article('post-one', text), 'application/json'));
      assert.equal(again.status, 200);
      assert.equal(((await again.json()) as Json)['results'][0].outcome, 'unchanged');
      const other = await s.app.request('/api/articles', post(article('post-one', `${text} A second sentence.`), 'application/json'));
      const otherBody = (await other.json()) as Json;
      assert.equal(otherBody['results'][0].outcome, 'kept');
      assert.match(otherBody['results'][0].message, /kept/);
      assert.equal((await get(s, '/api/articles/post-one'))['record'].text, text, 'the stored text is untouched');
    });

    test('POST JSONL with a malformed line: 400 naming the line, nothing from it stored, the good lines stored', async () => {
      const good1 = article('jl-1', 'OSTRAVEL, June 2 (Fenmoor Courier) - The ferry operator Calder Lines said on Monday that its 6 vessels would sail again.');
      const good3 = article('jl-3', 'OSTRAVEL, June 2 (Fenmoor Courier) - Mayor Ruth Okafor said the harbour wall would be repaired by August.');
      const res = await s.app.request('/api/articles', post(`${good1}\n{"id": "jl-2", "text": "broken\n${good3}\n`));
      const body = (await res.json()) as Json;
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(body['ok'], false);
      assert.equal(body['errors'].length, 1);
      assert.equal(body['errors'][0].line, 2);
      assert.match(body['errors'][0].message, /:2: /);
      assert.deepEqual(body['results'].map((r: Json) => [r.line, r.outcome]), [[1, 'ingested'], [2, 'rejected'], [3, 'ingested']]);
      await get(s, '/api/articles/jl-1');
      await get(s, '/api/articles/jl-3');
      await refused(s, '/api/articles/jl-2', 404, /no article/);
      const missing = await s.app.request('/api/articles', post(JSON.stringify({ id: 'jl-4', outlet: 'X' }) + '\n'));
      assert.equal(missing.status, 400);
      assert.match(((await missing.json()) as ErrorBody).errors[0]!.message, /text/);
    });

    test('POST: a body over the limit is a 413; an unknown content type and parameters are 400s', async () => {
      const small = await serveFixtures(dialect, [], { maxBodyBytes: 2048 });
      try {
        const big = article('big-1', 'word '.repeat(1000));
        await refused(small, '/api/articles', 413, /larger than 2048 bytes/, post(big, 'application/json'));
        assert.equal((await get(small, '/api/articles'))['total'], 0, 'nothing stored');
      } finally {
        await small.close();
      }
      await refused(s, '/api/articles', 400, /Content-Type "application\/xml"/, post('<a/>', 'application/xml'));
      await refused(s, '/api/articles?force=1', 400, /unknown parameter "force"/, post(article('p9', 'Some text here.'), 'application/json'));
    });

    test('token: POST needs it when one is set; --private closes every route; GET stays open otherwise', async () => {
      const guarded = await serveFixtures(dialect, [], { token: TOKEN });
      const closed = await serveFixtures(dialect, [], { token: TOKEN, private: true });
      try {
        const body = article('tok-1', 'LAMMERY, June 3 (Fenmoor Courier) - The council said on Tuesday that the bridge would reopen.');
        await refused(guarded, '/api/articles', 401, /unauthorized|token/i, post(body, 'application/json'));
        await refused(guarded, '/api/articles', 401, /unauthorized|token/i, post(body, 'application/json', { authorization: 'Bearer wrong-token-000000000' }));
        const ok = await guarded.app.request('/api/articles', post(body, 'application/json', { authorization: `Bearer ${TOKEN}` }));
        assert.equal(ok.status, 201);
        assert.equal((await get(guarded, '/api/articles'))['total'], 1, 'GET is open without the token');
        await refused(closed, '/api/articles', 401, /unauthorized|token/i);
        const page = await closed.app.request('/');
        assert.equal(page.status, 401);
        const withToken = await closed.app.request('/api/articles', { headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal(withToken.status, 200);
      } finally {
        await guarded.close();
        await closed.close();
      }
    });

    test('pages: every page answers with a CSP and shows hostile text as text', async () => {
      const story = (await get(s, '/api/stories?limit=1'))['items'][0];
      const actor = (await get(s, '/api/actors?limit=1'))['items'][0];
      for (const path of ['/', '/stories', '/articles', '/actors', '/claims', '/graph', '/timeline', `/stories/${encodeURIComponent(story.id)}`,
        `/actors/${encodeURIComponent(actor.id)}`, `/timeline?story=${encodeURIComponent(story.id)}`, '/articles/hostile-1', '/outlets',
        `/outlets/${encodeURIComponent(HOSTILE_ARTICLE.outlet)}`, '/search', '/search?q=budget', '/search?q=%3Cscript%3E']) {
        const res = await s.app.request(path);
        assert.equal(res.status, 200, path);
        assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/, path);
        const html = await res.text();
        assert.doesNotMatch(html, /<script>alert|<img src=x|href="javascript:/i, path);
      }
      const hostile = await (await s.app.request('/articles/hostile-1')).text();
      assert.match(hostile, /&lt;script&gt;alert\(&quot;text&quot;\)&lt;\/script&gt;/);
      assert.match(hostile, /Evil&lt;script&gt;/);
      const missing = await s.app.request('/stories/none');
      assert.equal(missing.status, 404);
      assert.match(res404(await missing.text()), /no story/);
    });
  });
}

const res404 = (html: string) => html.replace(/&quot;/g, '"');
