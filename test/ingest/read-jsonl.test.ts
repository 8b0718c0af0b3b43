import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readAll } from '../helpers/read-one.js';

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const A = { id: 'a1', published: '2022-04-01', outlet: 'Delta Wire', title: 'One', url: 'https://d.example/1', text: 'The mayor said the bridge would reopen.' };
const B = { published: '2022-04-02', text: 'Officials said 40 families were moved.' };
const C = { id: 17, published: '2022-04-03T06:00:00Z', text: 'The army denied the report.' };

/** Compact view of results: the article id and line, or the error code and message start. */
function summary(content: string, file = 'batch.jsonl', defaults = {}): string[] {
  return readAll(content, file, defaults).map((r) => (r.ok ? `ok ${r.article.id} line=${r.article.origin.line}` : `err ${r.error.code} ${r.error.message}`));
}

test('readJsonl: several lines, ids from the line or from file and line number', () => {
  assert.deepEqual(summary([line(A), line(B), line(C)].join('\n')), ['ok a1 line=1', 'ok batch-2 line=2', 'ok 17 line=3']);
  const [a] = readAll(line(A), 'batch.jsonl');
  assert.ok(a?.ok);
  assert.deepEqual(
    { outlet: a.article.outlet, title: a.article.title, url: a.article.url, text: a.article.text, format: a.article.origin.format },
    { outlet: 'Delta Wire', title: 'One', url: 'https://d.example/1', text: A.text, format: 'jsonl' },
  );
});

test('readJsonl: blank lines and CRLF are skipped, line numbers still count them', () => {
  assert.deepEqual(summary(`${line(A)}\r\n\r\n   \n${line(B)}\r\n`), ['ok a1 line=1', 'ok batch-4 line=4']);
});

test('readJsonl: a malformed line in the middle names file:line, the other lines are still read', () => {
  const out = summary([line(A), '{"published": "2022-04-02", "text": "unterminated', line(C)].join('\n'));
  assert.equal(out.length, 3);
  assert.equal(out[0], 'ok a1 line=1');
  assert.match(out[1]!, /^err E_JSON batch\.jsonl:2: malformed JSON/);
  assert.equal(out[2], 'ok 17 line=3');
});

test('readJsonl: per-line field errors name their line', () => {
  const cases: Array<[string, RegExp]> = [
    [line({ published: '2022-04-01' }), /^err E_FIELD batch\.jsonl:1: "text" is missing/],
    [line({ published: '2022-04-01', text: 42 }), /^err E_FIELD batch\.jsonl:1: "text" is missing or not a string/],
    [line({ published: '2022-04-01', text: '   ' }), /^err E_INPUT_EMPTY batch\.jsonl:1: /],
    [line({ published: '2020-02-30', text: 'x' }), /^err E_DATE batch\.jsonl:1: invalid "published" date "2020-02-30"/],
    [line({ published: 'yesterday', text: 'x' }), /^err E_DATE batch\.jsonl:1: invalid "published" date "yesterday"/],
    [line({ text: 'x' }), /^err E_NO_PUBLISHED batch\.jsonl:1: no publication date/],
    ['[1, 2, 3]', /^err E_FIELD batch\.jsonl:1: expected one JSON object per line/],
    ['"just a string"', /^err E_FIELD batch\.jsonl:1: expected one JSON object per line/],
    ['null', /^err E_FIELD batch\.jsonl:1: expected one JSON object per line/],
  ];
  for (const [input, want] of cases) {
    const out = summary(input);
    assert.equal(out.length, 1, input);
    assert.match(out[0]!, want, input);
  }
});

test('readJsonl: missing published takes the --published default', () => {
  assert.deepEqual(summary(line({ text: 'x' }), 'batch.jsonl', { published: '2022-05-01' }), ['ok batch-1 line=1']);
});

test('readJsonl: .ndjson is JSON lines too', () => {
  assert.deepEqual(summary([line(A), line(B)].join('\n'), 'feed.ndjson'), ['ok a1 line=1', 'ok feed-2 line=2']);
});

test('readJsonDocument: a .json gold-style object, an array, and JSON lines saved as .json', () => {
  assert.deepEqual(summary(JSON.stringify({ ...A, entities: [] }, null, 2), 'dev-01.json'), ['ok a1 line=null']);
  assert.deepEqual(summary(JSON.stringify([B, B]), 'pair.json'), ['ok pair-1 line=null', 'ok pair-2 line=null']);
  assert.deepEqual(summary(JSON.stringify([B, 7]), 'pair.json'), ['ok pair-1 line=null', 'err E_FIELD pair.json: item 2 is not an article object']);
  assert.deepEqual(summary([line(A), '{oops', line(C)].join('\n'), 'lines.json'), [
    'ok a1 line=1',
    summary('{oops', 'lines.json')[0]!.replace(':1:', ':2:'),
    'ok 17 line=3',
  ]);
});

test('readJsonl: a JSONL file without extension is sniffed from its first line', () => {
  assert.deepEqual(summary([line(A), line(B)].join('\n'), 'feed'), ['ok a1 line=1', 'ok feed-2 line=2']);
});
