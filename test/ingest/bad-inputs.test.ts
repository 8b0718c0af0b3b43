import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { readAll } from '../helpers/read-one.js';

/** A deterministic byte soup (no Math.random, so a failure reproduces). */
function pseudoRandomBytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const cases: Array<{ name: string; bytes: Buffer; file: string; code: string }> = [
  { name: 'empty .txt', bytes: Buffer.alloc(0), file: 'empty.txt', code: 'E_INPUT_EMPTY' },
  { name: 'whitespace-only .txt', bytes: Buffer.from(' \n\t\r\n  \n'), file: 'blank.txt', code: 'E_INPUT_EMPTY' },
  { name: 'empty .jsonl', bytes: Buffer.alloc(0), file: 'empty.jsonl', code: 'E_INPUT_EMPTY' },
  { name: 'empty .html', bytes: Buffer.alloc(0), file: 'empty.html', code: 'E_INPUT_EMPTY' },
  { name: 'text with NUL bytes', bytes: Buffer.from('---\npublished: 2020-06-08\n---\nThe min\u0000ister said.\n'), file: 'nul.txt', code: 'E_INPUT_BINARY' },
  { name: 'random bytes', bytes: pseudoRandomBytes(4096), file: 'noise.txt', code: 'E_INPUT_BINARY' },
  { name: 'random bytes named .jsonl', bytes: pseudoRandomBytes(512, 99), file: 'noise.jsonl', code: 'E_INPUT_BINARY' },
  { name: 'a PNG header', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), file: 'image.html', code: 'E_INPUT_BINARY' },
  { name: 'invalid UTF-8 without NULs', bytes: Buffer.from([0x54, 0x68, 0x65, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0x20, 0x61]), file: 'latin.txt', code: 'E_INPUT_BINARY' },
  { name: 'mostly control characters', bytes: Buffer.from('\u0001\u0002\u0003\u0004\u0005\u0006abc\u0007\u0008\u000e\u000f'), file: 'ctl.txt', code: 'E_INPUT_BINARY' },
];

for (const c of cases) {
  test(`rejects ${c.name} with ${c.code}, naming the file`, () => {
    const rs = readAll(c.bytes, c.file, { published: '2020-06-08' });
    assert.equal(rs.length, 1);
    const r = rs[0]!;
    assert.ok(!r.ok, 'should be rejected');
    assert.equal(r.error.code, c.code, r.error.message);
    assert.equal(r.error.file, c.file);
    assert.ok(r.error.message.startsWith(`${c.file}`), r.error.message);
  });
}

test('accepts UTF-8 text with accents, tabs and form feeds (not binary)', () => {
  const rs = readAll('---\npublished: 2020-06-08\n---\nAnna Kovač said\tthe façade\fwas fine.\n', 'ok.txt');
  assert.ok(rs[0]?.ok, rs[0] && !rs[0].ok ? rs[0].error.message : '');
});

test('readInputs: a missing path is an error, the rest of the batch is still read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-ingest-'));
  try {
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(good, '---\npublished: 2020-06-08\n---\nThe mayor said the road was open.\n');
    const out = [...readInputs([path.join(dir, 'nope.txt'), good])];
    assert.equal(out.length, 2);
    assert.ok(!out[0]!.ok && out[0]!.error.code === 'E_INPUT_READ');
    assert.ok(out[1]!.ok);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('readInputs: a directory yields its readable files in sorted order and skips other files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-ingest-'));
  try {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Body b.\n');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Body a.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'c.jsonl'), '{"text":"Body c."}\n{"text":"Body d."}\n');
    fs.writeFileSync(path.join(dir, 'notes.docx'), 'not an article');
    fs.writeFileSync(path.join(dir, 'README'), 'not an article either');
    const ids = [...readInputs([dir], { published: '2020-06-08' })].map((r) => (r.ok ? r.article.id : `error:${r.error.message}`));
    assert.deepEqual(ids, ['a', 'b', 'c-1', 'c-2']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
