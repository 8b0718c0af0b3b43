import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadRecord } from '../../src/store/load-record.js';
import { openStore } from '../../src/store/open-store.js';
import { DIALECTS } from './dialects.js';
import { fictionalArticle } from './fictional-corpus.js';
import { freshRecord, runCli } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-identity-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, lines: unknown[]) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
};
/** Two outlets' exports that both number their articles 1, 2, 3. */
const numbered = (outlet: string, from: number) => [1, 2, 3].map((n) => ({ ...fictionalArticle(from + n), id: String(n), outlet }));
const summary = (stderr: string) => /^ingested .*$/m.exec(stderr)?.[0] ?? `no summary in: ${stderr}`;

for (const dialect of DIALECTS) {
  describe(`article identity on ${dialect.name}`, { skip: dialect.skip }, () => {
    const drops: Array<() => Promise<void>> = [];
    after(async () => {
      for (const d of drops) await d();
    });
    const fresh = async () => {
      const { url, drop } = await dialect.fresh();
      drops.push(drop);
      return url;
    };

    test('the same ids from two outlets are six articles, and stay six', async () => {
      const url = await fresh();
      const a = write(`gazette-${dialect.name}.jsonl`, numbered('Harbor Gazette', 0));
      const b = write(`courier-${dialect.name}.jsonl`, numbered('Valley Courier', 10));
      const r = await runCli(['ingest', '--db', url, '--workers', '1', a, b]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(summary(r.stderr), 'ingested 6, unchanged 0, reanalyzed 0, replaced 0, kept 0, rejected 0');
      const again = await runCli(['ingest', '--db', url, '--workers', '2', b, a]);
      assert.equal(summary(again.stderr), 'ingested 0, unchanged 6, reanalyzed 0, replaced 0, kept 0, rejected 0');
      const list = await runCli(['articles', '--db', url, '--json']);
      const articles = (JSON.parse(list.stdout) as { articles: Array<{ id: string; outlet: string }> }).articles;
      // Which outlet's "1" commits first (and keeps the bare key) is a race between writers; the other is qualified.
      for (const n of ['1', '2', '3']) {
        const keys = articles.filter((x) => x.id === n || x.id.startsWith(`${n}@`));
        assert.equal(keys.length, 2, `two articles numbered ${n}`);
        assert.deepEqual(keys.map((k) => k.outlet).sort(), ['Harbor Gazette', 'Valley Courier']);
        const qualified = keys.find((k) => k.id !== n)!;
        assert.equal(qualified.id, `${n}@${qualified.outlet}`);
      }
      const courier2 = articles.find((x) => x.outlet === 'Valley Courier' && (x.id === '2' || x.id === '2@Valley Courier'))!;
      const one = await runCli(['article', '--db', url, '--json', courier2.id]);
      assert.equal((JSON.parse(one.stdout) as { text: string }).text, fictionalArticle(12).text);
    });

    test('a repeated id inside one input: reported as file:2, the first stored, the same on every run and with 2 workers', async () => {
      const url = await fresh();
      const first = { ...fictionalArticle(30), id: 'x1' };
      const second = { ...fictionalArticle(31), id: 'x1', outlet: first.outlet };
      const file = write(`repeat-${dialect.name}.jsonl`, [first, second]);
      for (const workers of ['1', '2', '2']) {
        const r = await runCli(['ingest', '--db', url, '--workers', workers, file]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, new RegExp(`repeat-${dialect.name}\\.jsonl:2: id "x1" already at .*repeat-${dialect.name}\\.jsonl:1 with another text`));
        const store = await openStore(url, { mode: 'read' });
        try {
          assert.equal((await loadRecord(store.db, 'x1'))!.text, first.text, `run with ${workers} workers`);
        } finally {
          await store.close();
        }
      }
      const fail = await runCli(['ingest', '--db', url, '--on-conflict', 'fail', file]);
      assert.equal(fail.code, 1);
      assert.match(fail.stderr, /rejected 1$/m);
    });

    test('a new text under a stored id and outlet: kept out and reported by default, stored by replace, an error with fail', async () => {
      const url = await fresh();
      const v1 = { ...fictionalArticle(40), id: 'story-9' };
      const v2 = { ...v1, text: `${v1.text}\n\nUpdated: the council met again on Friday.` };
      const f1 = write(`v1-${dialect.name}.jsonl`, [v1]);
      const f2 = write(`v2-${dialect.name}.jsonl`, [v2]);
      assert.equal((await runCli(['ingest', '--db', url, f1])).code, 0);
      const kept = await runCli(['ingest', '--db', url, '--json', f2]);
      assert.equal(kept.code, 0, kept.stderr);
      assert.match(kept.stderr, /v2-\w+\.jsonl:1: article "story-9" of "[^"]+" is stored with another text or metadata \(from .*v1-\w+\.jsonl:1\); kept that version \(--on-conflict replace/);
      const events = kept.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(events[0]!['outcome'], 'kept');
      assert.equal(events[0]!['stored_as'], 'story-9');
      assert.match(String(events[0]!['file']), /v2-\w+\.jsonl:1$/);
      assert.deepEqual((events.at(-1)!['summary'] as Record<string, unknown>)['kept'], 1);
      const failed = await runCli(['ingest', '--db', url, '--on-conflict', 'fail', f2]);
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /is stored with another text or metadata .*--on-conflict fail/);
      const replaced = await runCli(['ingest', '--db', url, '--on-conflict', 'replace', f2]);
      assert.equal(summary(replaced.stderr), 'ingested 0, unchanged 0, reanalyzed 0, replaced 1, kept 0, rejected 0');
      const store = await openStore(url, { mode: 'read' });
      try {
        assert.equal((await loadRecord(store.db, 'story-9'))!.text, v2.text);
        const prior = await store.db.selectFrom('article_versions').select(['version', 'text']).where('article_id', '=', 'story-9').execute();
        assert.deepEqual(prior, [{ version: 1, text: v1.text }], 'the replaced version is kept');
      } finally {
        await store.close();
      }
      const bad = await runCli(['ingest', '--db', url, '--on-conflict', 'overwrite', f2]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--on-conflict expects keep, replace, fail/);
    });

    test('a lone surrogate is stored as one U+FFFD: spans stay true and re-ingest is unchanged', async () => {
      const url = await fresh();
      const base = fictionalArticle(50);
      // The escape must reach the file as written: JSON.stringify of a lone surrogate would spell it the same way.
      const json = JSON.stringify({ id: 'sur-1', outlet: 'Harbor Gazette', published: base.published, text: `saSURROGATEid ${base.text}` }).replace('SURROGATE', '\\ud800');
      const file = write(`surrogate-${dialect.name}.jsonl`, [json]);
      const r = await runCli(['ingest', '--db', url, file]);
      assert.equal(r.code, 0, r.stderr);
      const store = await openStore(url, { mode: 'read' });
      try {
        const got = (await loadRecord(store.db, 'sur-1'))!;
        assert.equal(got.text, `sa\ufffdid ${base.text}`);
        const expected = freshRecord({ id: 'sur-1', outlet: 'Harbor Gazette', published: base.published, title: null, url: null, text: got.text, origin: { file, line: 1, format: 'jsonl' } });
        assert.deepStrictEqual(got, expected);
        for (const q of got.quantities) assert.equal(got.text.slice(q.span.start, q.span.end), q.text);
      } finally {
        await store.close();
      }
      assert.match((await runCli(['ingest', '--db', url, file])).stderr, /^ingested 0, unchanged 1,/m);
    });

    test('a NUL or control character in an id or outlet is a file:line error; the lines after it are stored', async () => {
      const url = await fresh();
      const file = write(`nul-${dialect.name}.jsonl`, [
        { ...fictionalArticle(60), id: 'ok-1' },
        { ...fictionalArticle(61), id: 'bad\u0000id' },
        { ...fictionalArticle(62), outlet: 'Harbor\u001bGazette', id: 'ok-2' },
        { ...fictionalArticle(63), id: 'ok-3' },
      ]);
      const second = write(`after-${dialect.name}.jsonl`, [{ ...fictionalArticle(64), id: 'ok-4' }]);
      const r = await runCli(['ingest', '--db', url, file, second]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /nul-\w+\.jsonl:2: "id" contains a control character: "bad\\u0000id"/);
      assert.match(r.stderr, /nul-\w+\.jsonl:3: "outlet" contains a control character/);
      assert.equal(summary(r.stderr), 'ingested 3, unchanged 0, reanalyzed 0, replaced 0, kept 0, rejected 2');
    });

    test('bidi and control characters in ids, outlets and titles are shown escaped', async () => {
      const url = await fresh();
      const file = write(`bidi-${dialect.name}.jsonl`, [{ ...fictionalArticle(70), id: 'txt.\u202eexe', outlet: 'Gazette\u200f', title: 'A\u0007b' }]);
      assert.equal((await runCli(['ingest', '--db', url, file])).code, 0);
      const list = await runCli(['articles', '--db', url]);
      assert.ok(list.stdout.includes('txt.\\u202eexe'), list.stdout);
      assert.ok(list.stdout.includes('Gazette\\u200f'));
      assert.ok(!/[\u202e\u200f\u0007]/.test(list.stdout));
      const one = await runCli(['article', '--db', url, 'txt.\u202eexe']);
      assert.equal(one.code, 0, one.stderr);
      assert.ok(!/[\u202e\u200f\u0007]/.test(one.stdout));
    });
  });
}
