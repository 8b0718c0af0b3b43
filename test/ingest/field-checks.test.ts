import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { normalizePublished } from '../../src/ingest/dates.js';
import { dropBylines } from '../../src/ingest/read-html.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { readAll, readArticle, readError } from '../helpers/read-one.js';

const TEXT = 'The harbour board said on Monday that 40 berths would close.';
const line = (o: Record<string, unknown>) => JSON.stringify({ published: '2024-03-04', text: TEXT, ...o });

test('wrongly typed fields are errors naming file:line, never made-up values', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ id: true }, /^b\.jsonl:1: "id" must be a string or a whole number, got true$/],
    [{ id: {} }, /"id" must be a string or a whole number, got \{\}/],
    [{ id: 1.5 }, /"id" must be a string or a whole number, got 1\.5/],
    [{ id: ['a'] }, /"id" must be a string/],
    [{ outlet: 5 }, /^b\.jsonl:1: "outlet" must be a string, got 5$/],
    [{ title: 7 }, /"title" must be a string, got 7/],
    [{ url: false }, /"url" must be a string, got false/],
    [{ published: '2024-01-01T25:99:00Z' }, /invalid "published" date "2024-01-01T25:99:00Z"/],
    [{ id: 'a\u0000b' }, /^b\.jsonl:1: "id" contains a control character: "a\\u0000b"$/],
    [{ outlet: 'Harbor\u0007Gazette' }, /"outlet" contains a control character/],
    [{ id: 'x\ud800' }, /"id" contains a lone surrogate/],
    [{ id: 'x'.repeat(600) }, /"id" is longer than 512 characters/],
  ];
  for (const [fields, expected] of cases) {
    const err = readError(line(fields), 'b.jsonl');
    assert.equal(err.code, fields['published'] ? 'E_DATE' : 'E_FIELD', JSON.stringify(fields));
    assert.match(err.message, expected);
  }
});

test('published: real dates and times pass, impossible ones do not', () => {
  assert.equal(normalizePublished('2024-02-29T23:59:60Z'), '2024-02-29');
  assert.equal(normalizePublished('2024-02-29 08:15'), '2024-02-29');
  assert.equal(normalizePublished('2024-02-29T08:15:00+05:30'), '2024-02-29');
  for (const bad of ['2023-02-29', '2024-01-01T24:00:00Z', '2024-01-01T10:61Z', '2024-01-01T10:00:00+25:00', '2024-13-01', 'yesterday'])
    assert.equal(normalizePublished(bad), null, bad);
});

test('an id the input gives is its id, even when it equals the file name; no id is marked as made up', () => {
  const given = readArticle(line({ id: 'feed-1' }), 'feed.jsonl');
  assert.equal(given.id, 'feed-1');
  assert.equal(given.origin.idGiven, true);
  const made = readArticle(line({}), 'feed.jsonl');
  assert.equal(made.id, 'feed-1');
  assert.equal(made.origin.idGiven, false);
  const text = readArticle(`---\nid: notes\npublished: 2024-03-04\n---\n${TEXT}\n`, 'notes.txt');
  assert.equal(text.origin.idGiven, true);
  assert.equal(readArticle(`---\npublished: 2024-03-04\n---\n${TEXT}\n`, 'notes.txt').origin.idGiven, false);
});

test('text and title are made well-formed before analysis, keeping their length', () => {
  const a = readArticle(JSON.stringify({ id: 's', published: '2024-03-04', title: 'T\ud800', text: `sa\ud800id ${TEXT} \u0000end` }), 's.json');
  assert.equal(a.text, `sa\ufffdid ${TEXT} \ufffdend`);
  assert.equal(a.text.length, `sa\ud800id ${TEXT} \u0000end`.length);
  assert.equal(a.title, 'T\ufffd');
  assert.ok(a.text.isWellFormed());
});

test('one invalid UTF-8 byte in a JSONL file fails its own line only', () => {
  const lines = Array.from({ length: 49 }, (_, i) => Buffer.from(line({ id: `n${i + 1}` }) + '\n'));
  lines[20] = Buffer.concat([Buffer.from(line({ id: 'n21' }).slice(0, 30)), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
  const rs = readAll(Buffer.concat(lines), 'feed.jsonl');
  assert.equal(rs.filter((r) => r.ok).length, 48);
  const bad = rs.filter((r) => !r.ok);
  assert.equal(bad.length, 1);
  assert.ok(!bad[0]!.ok && bad[0]!.error.code === 'E_ENCODING' && bad[0]!.error.line === 21, !bad[0]!.ok ? bad[0]!.error.message : '');
  assert.match(!bad[0]!.ok ? bad[0]!.error.message : '', /^feed\.jsonl:21: invalid UTF-8/);
});

test('a text article with one bad byte is reported at its line, not as a binary file', () => {
  const bytes = Buffer.concat([Buffer.from(`---\npublished: 2024-03-04\n---\n${TEXT}\n${TEXT}\nThe cr`), Buffer.from([0xe9]), Buffer.from('me rose.\n')]);
  const err = readError(bytes, 'latin.txt');
  assert.equal(err.code, 'E_ENCODING');
  assert.equal(err.line, 6);
});

test('a directory gives only the listed formats and says which files it skipped', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-dir-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), `---\npublished: 2024-03-04\n---\n${TEXT}\n`);
  fs.writeFileSync(path.join(dir, 'notes.md'), '# my notes, not an article\n');
  fs.writeFileSync(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  const skipped: string[] = [];
  const rs = [...readInputs([dir], {}, (_d, files) => skipped.push(...files.map((f) => path.basename(f))))];
  assert.deepEqual(rs.map((r) => r.ok), [true]);
  assert.deepEqual(skipped.sort(), ['data.csv', 'notes.md']);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('HTML bylines are dropped from the text, the article itself kept', () => {
  const body = 'The Dunmore council voted on Tuesday to close the old bridge, the mayor said.';
  assert.equal(dropBylines(`By A. Writer March 14, 2023\n\n${body}`, null), body);
  assert.equal(dropBylines(`By Jo Lin, Staff Reporter\n\n${body}`, 'Jo Lin'), body);
  assert.equal(dropBylines(`Jo Lin\n\n${body}`, 'Jo Lin'), body);
  // A sentence that opens with "By" is the article's own.
  const own = 'By Tuesday evening, the council had voted to close the old bridge for repairs.';
  assert.equal(dropBylines(`${own}\n\n${body}`, null), `${own}\n\n${body}`);
  const html = `<html><head><meta property="article:published_time" content="2023-03-14"></head><body><article><h1>Bridge</h1>
    <p class="byline">By A. Writer March 14, 2023</p><p>${body} "We had no choice," said Elsa Varnik, who chairs the works committee.</p>
    <p>Residents said the closure would add twenty minutes to their commute, and that the council had not asked them first.</p></article></body></html>`;
  const a = readArticle(html, 'page.html');
  assert.ok(!a.text.includes('A. Writer'), a.text);
  assert.ok(a.text.includes('The Dunmore council voted'));
});
