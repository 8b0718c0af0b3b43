import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readText } from '../../src/ingest/read-text.js';
import { checkInvariants } from '../../src/model/check-invariants.js';
import { toRecord } from '../../src/model/record.js';
import { sharedPipeline } from '../helpers/analyze-file.js';
import { repoPath } from '../helpers/paths.js';

/**
 * Every golden article, bent out of shape: the pipeline must not throw and every span must still be
 * sound. These are the shapes real feeds deliver (Windows line ends, cut-off bodies, shouting headlines,
 * paragraphs run together, curly quotes missing their partner).
 */
const VARIANTS: Array<[string, (body: string) => string]> = [
  ['CRLF line ends', (b) => b.replace(/\n/g, '\r\n')],
  ['cut at a third, mid-sentence', (b) => b.slice(0, Math.floor(b.length / 3))],
  ['upper case', (b) => b.toUpperCase()],
  ['one long line', (b) => b.replace(/\s*\n+\s*/g, ' ')],
  ['every closing quote dropped', (b) => b.replace(/(\S)["”]/g, '$1')],
  ['twice in a row', (b) => `${b}\n\n${b}`],
];

const dir = repoPath('test', 'golden', 'articles');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

for (const [variant, bend] of VARIANTS) {
  test(`robustness: golden articles with ${variant} keep sound spans`, () => {
    const problems: string[] = [];
    for (const f of cases) {
      const original = readText(fs.readFileSync(path.join(dir, f), 'utf8'), f, f, {});
      const article = { ...original, text: bend(original.text) };
      let rec;
      try {
        rec = toRecord(sharedPipeline().analyze(article));
      } catch (err) {
        problems.push(`${f}: threw ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      for (const p of checkInvariants(rec).slice(0, 3)) problems.push(`${f}: ${p}`);
    }
    assert.deepEqual(problems, []);
  });
}

test('robustness: CRLF line ends find the same items as LF', () => {
  const view = (r: ReturnType<typeof toRecord>) =>
    [
      ...r.entities.map((e) => `E ${e.type} ${e.name} ${e.mentions.join('/')}`),
      ...r.statements.map((s) => `S ${s.source_kind} ${s.stance} ${s.source} | ${s.cue} | ${s.content}`),
      ...r.quantities.map((q) => `Q ${q.text} ${q.value} ${q.low} ${q.high}`),
      ...r.times.map((t) => `T ${t.text} ${t.value}`),
      ...r.relations.map((x) => `R ${x.subject} ${x.predicate} ${x.object}`),
    ]
      .map((l) => l.replace(/\r/g, ''))
      .sort();
  const differ: string[] = [];
  for (const f of cases) {
    const a = readText(fs.readFileSync(path.join(dir, f), 'utf8'), f, f, {});
    const lf = view(toRecord(sharedPipeline().analyze(a)));
    const crlf = view(toRecord(sharedPipeline().analyze({ ...a, text: a.text.replace(/\n/g, '\r\n') })));
    const only = [...lf.filter((x) => !crlf.includes(x)).map((x) => `LF only: ${x}`), ...crlf.filter((x) => !lf.includes(x)).map((x) => `CRLF only: ${x}`)];
    differ.push(...only.slice(0, 3).map((x) => `${f}: ${x.slice(0, 160)}`));
  }
  assert.deepEqual(differ, []);
});

/** Wire copy hard-wrapped at `width` columns: each space that would pass the width becomes a line break (offsets kept). */
export function hardWrap(text: string, width = 72): string {
  const out = text.split('');
  let col = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') {
      col = 0;
      lastSpace = -1;
      continue;
    }
    col++;
    if (out[i] === ' ') lastSpace = i;
    if (col > width && lastSpace >= 0) {
      out[lastSpace] = '\n';
      col = i - lastSpace;
      lastSpace = -1;
    }
  }
  return out.join('');
}

test('robustness: hard-wrapped at 72 columns, articles give the same statements, relations and times', () => {
  const view = (r: ReturnType<typeof toRecord>) =>
    [
      ...r.statements.map((s) => `S ${s.source_kind} ${s.stance} ${s.source} | ${s.cue} | ${s.content}`),
      ...r.times.map((t) => `T ${t.text} ${t.value}`),
      ...r.relations.map((x) => `R ${x.subject} ${x.predicate} ${x.object}`),
    ]
      .map((l) => l.replace(/\s+/g, ' '))
      .sort();
  const differ: string[] = [];
  let wrappedLines = 0;
  for (const f of cases) {
    const a = readText(fs.readFileSync(path.join(dir, f), 'utf8'), f, f, {});
    const flat = view(toRecord(sharedPipeline().analyze(a)));
    const text = hardWrap(a.text);
    wrappedLines += text.split('\n').length - a.text.split('\n').length;
    const wrapped = view(toRecord(sharedPipeline().analyze({ ...a, text })));
    const only = [...flat.filter((x) => !wrapped.includes(x)).map((x) => `flat only: ${x}`), ...wrapped.filter((x) => !flat.includes(x)).map((x) => `wrapped only: ${x}`)];
    differ.push(...only.slice(0, 3).map((x) => `${f}: ${x.slice(0, 160)}`));
  }
  assert.ok(wrappedLines > 100, 'the articles were wrapped');
  assert.deepEqual(differ, []);
});
