// Scrambled article text through the whole pipeline: no extractor may throw, and every record must keep
// its span invariants. Article text is untrusted, so broken punctuation, glued words and stray quotes
// are normal input. Deterministic (seeded), built from our own golden articles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createPipeline } from '../../src/extract/pipeline.js';
import { projectRoot } from '../../src/lexicons.js';
import { checkInvariants } from '../../src/model/check-invariants.js';
import { toRecord } from '../../src/model/record.js';

const JUNK = ['"', '\u201C', '\u201D', "'", ',', '.', '(', ')', 'said', 'Said', '\n', '\n\n', 'The', 'according to', '-', '\u2014', '$', '%', '1,000', 'ministry', 'He', 'denied', 'X', 'of', 'on', '&', 'and'];

function scrambled(count: number, seed: number): string[] {
  const dir = path.join(projectRoot(), 'test', 'golden', 'articles');
  const pieces = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join(' ').split(/(\s+)/);
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  while (out.length < count) {
    const len = 1 + Math.floor(rnd() * 80);
    const from = Math.floor(rnd() * pieces.length);
    const parts: string[] = [];
    for (let i = 0; i < len; i++)
      parts.push(rnd() < 0.6 ? pieces[(from + i) % pieces.length]! : JUNK[Math.floor(rnd() * JUNK.length)]! + (rnd() < 0.5 ? ' ' : ''));
    const text = parts.join('');
    if (text.trim()) out.push(text);
  }
  return out;
}

test('scrambled text never makes an extractor throw and keeps every span invariant', () => {
  const pipeline = createPipeline();
  const failures: string[] = [];
  scrambled(600, 7).forEach((text, n) => {
    try {
      const record = toRecord(
        pipeline.analyze({ id: `fuzz-${n}`, outlet: null, published: '2021-01-05', title: null, url: null, text, origin: { file: 'fuzz', line: n, format: 'text' } }),
      );
      for (const p of checkInvariants(record)) failures.push(`${n}: ${p} in ${JSON.stringify(text.slice(0, 120))}`);
    } catch (err) {
      failures.push(`${n}: ${err instanceof Error ? err.message : String(err)} in ${JSON.stringify(text.slice(0, 120))}`);
    }
  });
  assert.deepEqual(failures.slice(0, 5), []);
});
