import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/store/ingest/progress.js';

const sink = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } };
};
const counts = (ingested: number, rejected = 0) => ({ ingested, unchanged: 0, reanalyzed: 0, replaced: 0, kept: 0, rejected });

test('progress draws a bar on a TTY and clears it before a note', () => {
  const { out, stream } = sink(true);
  const p = createProgress('ingest', { stream, total: 10 });
  p.update(counts(5));
  assert.match(out[0]!, /^\r\x1b\[Kingest \[#{10}·{10}\] 5\/10 articles {2}\d+\/s {2}\(5 new, 0 unchanged, 0 replaced, 0 kept, 0 rejected\)$/);
  p.note('attest: a.jsonl:3: malformed JSON');
  assert.equal(out.at(-1), '\r\x1b[Kattest: a.jsonl:3: malformed JSON\n');
  p.update(counts(10, 1));
  p.done();
  assert.match(out.at(-2)!, /\[#{20}\] 11\/10|\[#{20}\] 11\//);
  assert.equal(out.at(-1), '\n');
});

test('progress writes nothing but notes when the stream is not a TTY', () => {
  const { out, stream } = sink(false);
  const p = createProgress('ingest', { stream });
  p.update(counts(3));
  p.note('attest: b.txt: empty file');
  p.done();
  assert.deepEqual(out, ['attest: b.txt: empty file\n']);
});
