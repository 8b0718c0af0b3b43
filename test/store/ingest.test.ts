import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createPipeline } from '../../src/extract/pipeline.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { createInlinePool } from '../../src/store/ingest/analyze-pool.js';
import { itemsFromReads, runIngest, type IngestEvent } from '../../src/store/ingest/run-ingest.js';
import { listArticles } from '../../src/store/list-articles.js';
import { loadRecord } from '../../src/store/load-record.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { saveArticle } from '../../src/store/save-article.js';
import { LAYER_TABLES } from '../../src/store/schema.js';
import { DIALECTS } from './dialects.js';
import { fictionalArticle, fictionalJsonl } from './fictional-corpus.js';
import { CRASH_MARKER, extractors, THROW_MARKER } from './fixture-extractors.js';
import { articleAt, freshRecord, runCli } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-ingest-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

/** A JSONL batch of articles [from, from+n) with line `badLine` (1-based) replaced by `bad`. */
function batchFile(name: string, from: number, n: number, badLine: number, bad: string): string {
  const lines = fictionalJsonl(n, from).trimEnd().split('\n');
  lines[badLine - 1] = bad;
  const file = path.join(tmp, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** Rows left in any layer table for an article id: must be 0 for one that failed. */
async function rowsOf(store: Store, id: string): Promise<number> {
  let n = 0;
  for (const t of LAYER_TABLES) n += (await store.db.selectFrom(t).select('seq').where('article_id', '=', id).execute()).length;
  return n + (await store.db.selectFrom('articles').select('id').where('id', '=', id).execute()).length;
}

const idOf = (i: number) => fictionalArticle(i).id;

for (const dialect of DIALECTS) {
  describe(`ingest on ${dialect.name}`, { skip: dialect.skip }, () => {
    let store: Store;
    let url: string;
    let drop: () => Promise<void>;
    const pool = createInlinePool(createPipeline(extractors));
    before(async () => {
      ({ url, drop } = await dialect.fresh());
      store = await openStore(url);
      // Stored before every batch below: none of the failures may touch it.
      await saveArticle(store, freshRecord(articleAt(999)));
    });
    after(async () => {
      await store?.close();
      await drop?.();
    });

    const ingest = async (file: string) => {
      const events: IngestEvent[] = [];
      const counts = await runIngest(itemsFromReads(readInputs([file])), { store, pool, onEvent: (e) => events.push(e) });
      return { counts, events };
    };
    const assertEarlierKept = async () => assert.deepStrictEqual(await loadRecord(store.db, idOf(999)), freshRecord(articleAt(999)));

    test('a malformed JSONL line in the middle of a batch fails alone, with file:line', async () => {
      const file = batchFile('malformed.jsonl', 100, 30, 15, '{"id": "broken", "text": "unterminated');
      const { counts, events } = await ingest(file);
      assert.deepEqual(counts, { ingested: 29, unchanged: 0, reanalyzed: 0, replaced: 0, kept: 0, rejected: 1, stopped: null, notStored: 0 });
      const rejected = events.filter((e) => e.kind === 'rejected');
      assert.equal(rejected.length, 1);
      assert.match(rejected[0]!.kind === 'rejected' ? rejected[0]!.message : '', new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:15: malformed JSON`));
      for (let i = 100; i < 130; i++) {
        if (i === 114) continue;
        assert.deepStrictEqual(await loadRecord(store.db, idOf(i)), freshRecord(articleAt(i, file)), `article ${i}`);
      }
      assert.equal(await rowsOf(store, idOf(114)), 0);
      await assertEarlierKept();
    });

    test('an article whose extractor throws fails alone, with file:line and the layer', async () => {
      const poisoned = JSON.stringify({ ...fictionalArticle(209), text: `${fictionalArticle(209).text} ${THROW_MARKER}` });
      const file = batchFile('throws.jsonl', 200, 20, 10, poisoned);
      const { counts, events } = await ingest(file);
      assert.deepEqual(counts, { ingested: 19, unchanged: 0, reanalyzed: 0, replaced: 0, kept: 0, rejected: 1, stopped: null, notStored: 0 });
      const msg = events.flatMap((e) => (e.kind === 'rejected' ? [e.message] : []))[0] ?? '';
      assert.ok(msg.startsWith(`${file}:10: extractor "statements" failed on article ${idOf(209)}`), msg);
      assert.equal(await rowsOf(store, idOf(209)), 0, 'nothing of the failed article is stored');
      assert.equal((await listArticles(store.db)).filter((a) => a.id.startsWith('fict-0002')).length, 19);
      await assertEarlierKept();
    });

    test('the CLI with 2 worker threads: same outcome, summary line, exit code 1', async () => {
      const poisoned = JSON.stringify({ ...fictionalArticle(305), text: `${THROW_MARKER} ${fictionalArticle(305).text}` });
      const lines = fictionalJsonl(40, 300).trimEnd().split('\n');
      lines[5] = poisoned;
      lines[20] = '[1, 2, 3]';
      const file = path.join(tmp, 'cli.jsonl');
      fs.writeFileSync(file, lines.join('\n') + '\n');
      const r = await runCli(['ingest', '--db', url, '--workers', '2', '--verbose', file]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`${path.basename(file)}:6: extractor "statements" failed`));
      assert.match(r.stderr, new RegExp(`${path.basename(file)}:21: expected one JSON object per line`));
      assert.match(r.stderr, /^ingested 38, unchanged 0, reanalyzed 0, replaced 0, kept 0, rejected 2$/m);
      const reported = r.stdout.trim().split('\n');
      assert.equal(reported.length, 38);
      assert.ok(reported.every((l) => /^ingested fict-000\d{3}$/.test(l)));
      for (let i = 300; i < 340; i++) {
        if (i === 305 || i === 320) assert.equal(await rowsOf(store, idOf(i)), 0);
        else assert.deepStrictEqual(await loadRecord(store.db, idOf(i)), freshRecord(articleAt(i, file)), `article ${i}`);
      }
      // Again: everything is already there, nothing is analysed or written twice.
      const again = await runCli(['ingest', '--db', url, '--workers', '2', file]);
      assert.match(again.stderr, /^ingested 0, unchanged 38, reanalyzed 0, replaced 0, kept 0, rejected 2$/m);
      await assertEarlierKept();
    });

    test('an analysis thread that dies fails only the article it was on; the queued ones are re-sent', async () => {
      const lines = fictionalJsonl(30, 600).trimEnd().split('\n');
      lines[7] = JSON.stringify({ ...fictionalArticle(607), text: `${fictionalArticle(607).text} ${CRASH_MARKER}` });
      const file = path.join(tmp, 'crash.jsonl');
      fs.writeFileSync(file, lines.join('\n') + '\n');
      const r = await runCli(['ingest', '--db', url, '--workers', '2', file]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`crash\\.jsonl:8: analysis thread died on article ${idOf(607)}: exited with code 3`));
      assert.match(r.stderr, /^ingested 29, unchanged 0, reanalyzed 0, replaced 0, kept 0, rejected 1$/m);
      assert.equal(await rowsOf(store, idOf(607)), 0);
    });

    test('reanalyze re-runs only articles stored by older extractor versions', async () => {
      const file = path.join(tmp, 're.jsonl');
      fs.writeFileSync(file, fictionalJsonl(5, 400));
      await runCli(['ingest', '--db', url, '--workers', '0', file]);
      const before = await listArticles(store.db);
      const r = await runCli(['reanalyze', '--db', url, '--workers', '1', '--verbose'], { env: { ATTEST_TEST_FIXTURE_VERSION: '2' } });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim().split('\n').length, before.length, 'every article was stored by times v1');
      assert.ok((await listArticles(store.db)).every((a) => a.versions['times'] === 2));
      const times = await store.db.selectFrom('times').select('version').distinct().execute();
      assert.deepEqual(times.map((t) => t.version), [2], 'every times row re-written by v2');
      const none = await runCli(['reanalyze', '--db', url, '--verbose'], { env: { ATTEST_TEST_FIXTURE_VERSION: '2' } });
      assert.equal(none.stdout, '');
      assert.match(none.stderr, /^reanalyzed 0,/m);
    });
  });
}
