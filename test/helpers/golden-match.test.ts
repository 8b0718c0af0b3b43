import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleRecord } from '../../src/model/record.js';
import { checkExpected, checkPattern, validateExpected, type Expected } from './golden-match.js';

const sp = { start: 0, end: 1 };
/** A hand-made record: the matcher must judge it without running any extractor. */
const rec = {
  id: 't', outlet: null, published: '2024-03-15', title: null, url: null, text: 'x', versions: {},
  entities: [
    { id: 'kovac', type: 'PERSON', name: 'Anna Kovač', mentions: ['Anna Kovač', 'Kovač'], span: sp, rule: 'entities/x', mention_spans: [] },
    { id: 'wire', type: 'ORG', name: 'Meridian Wire', mentions: ['Meridian Wire'], span: sp, rule: 'entities/x', mention_spans: [] },
  ],
  statements: [
    { rule: 'statements/no-comment', cue: 'did not respond', stance: 'no_comment', source: 'the ministry', content: 'questions about the tender', via: null, source_kind: 'named_org', source_entity: null, source_count: null, span: sp, source_span: sp, cue_span: sp, content_span: sp },
    { source: 'She', source_kind: 'named_person', source_entity: 'kovac', source_count: null, stance: 'assert', cue: 'told', via: 'wire', content: 'the law was followed', span: sp, rule: 'statements/told', source_span: sp, cue_span: sp, content_span: sp },
  ],
  quantities: [{ text: 'up to 300 jobs', value: null, low: null, high: 300, item: 'jobs', unit: null, span: sp, rule: 'quantities/up-to' }],
  times: [{ text: 'yesterday', value: '2024-03-14', grain: 'day', span: sp, rule: 'times/yesterday' }],
  relations: [{ subject: 'kovac', predicate: 'member_of', object: 'wire', text: 'x', span: sp, rule: 'relations/x' }],
} as unknown as ArticleRecord;

const met: Array<[string, Parameters<typeof checkPattern>[1], 'must_include' | 'must_exclude', Record<string, unknown>]> = [
  ['entity by name, type and mention subset', 'entities', 'must_include', { name: 'Anna Kovač', type: 'PERSON', mentions: ['Kovač'] }],
  ['entity found by a surface form', 'entities', 'must_include', { name: 'Kovač' }],
  ['excluded name is the canonical name only', 'entities', 'must_exclude', { name: 'Kovač' }],
  ['statement source ignores a leading article', 'statements', 'must_include', { source: 'Ministry'.toLowerCase(), stance: 'no_comment' }],
  ['statement refs resolve by entity name', 'statements', 'must_include', { source_entity: 'Anna Kovač', via: 'Meridian Wire', content_contains: 'law was' }],
  ['null via means none', 'statements', 'must_include', { source_contains: 'ministry', via: null, cue: 'did not respond' }],
  ['quantity numbers exact, absent ones unchecked', 'quantities', 'must_include', { text_contains: 'up to', high: 300, item_contains: 'jobs' }],
  ['time by value', 'times', 'must_include', { text_contains: 'yesterday', value: '2024-03-14' }],
  ['relation by entity names', 'relations', 'must_include', { subject: 'Kovač', predicate: 'member_of', object: 'Meridian Wire' }],
  ['absent relation is excluded', 'relations', 'must_exclude', { subject: 'Anna Kovač', predicate: 'leads' }],
];
for (const [name, field, list, p] of met) {
  test(`golden-match meets: ${name}`, () => assert.equal(checkPattern(rec, field, list, p), null));
}

const unmet: Array<[string, Parameters<typeof checkPattern>[1], 'must_include' | 'must_exclude', Record<string, unknown>, RegExp]> = [
  ['name is case-sensitive', 'entities', 'must_include', { name: 'anna kovač' }, /^missing/],
  ['mentions must all be present', 'entities', 'must_include', { name: 'Anna Kovač', mentions: ['Kovač', 'Ms Kovač'] }, /fails mentions/],
  ['excluded mention found', 'entities', 'must_exclude', { mention: 'Kovač' }, /^extra[\s\S]*entities\/x/],
  ['wrong stance', 'statements', 'must_include', { source_contains: 'ministry', stance: 'deny' }, /fails stance[\s\S]*statements\/no-comment/],
  ['wrong via', 'statements', 'must_include', { source_entity: 'Anna Kovač', content_contains: 'law', via: null }, /fails via/],
  ['number must be exact', 'quantities', 'must_include', { text_contains: 'up to', high: 301 }, /fails high/],
  ['null is a value to match', 'quantities', 'must_include', { text_contains: 'up to', low: 300 }, /fails low/],
  ['relation direction matters', 'relations', 'must_include', { subject: 'Meridian Wire', predicate: 'member_of', object: 'Anna Kovač' }, /^missing/],
];
for (const [name, field, list, p, want] of unmet) {
  test(`golden-match fails: ${name}`, () => assert.match(checkPattern(rec, field, list, p) ?? 'met', want));
}

test('golden-match: backlog items are reported, never counted as failures', () => {
  const e: Expected = {
    times: { must_include: [{ value: '2024-03-14' }] },
    backlog: [
      { field: 'times', must_include: { value: '2024-03-12' }, note: 'weekday' },
      { field: 'times', must_include: { value: '2024-03-14' } },
    ],
  };
  const r = checkExpected(rec, e);
  assert.deepEqual([r.met, r.total, Object.keys(r.failures).length], [1, 1, 0]);
  assert.equal(r.knownFailures.length, 1);
  assert.match(r.knownFailures[0]!, /2024-03-12.*weekday/);
  assert.equal(r.fixedBacklog.length, 1);
});

test('golden-match: malformed expectation files are refused', () => {
  const bad = {
    entitys: {},
    statements: { must_include: [{ sorce: 'x' }, {}] },
    backlog: [{ field: 'times' }, { field: 'nope', must_include: { value: '1' } }],
  } as unknown as Expected;
  const problems = validateExpected(bad);
  for (const want of [/top-level key "entitys"/, /unknown key "sorce"/, /must_include\[1\]: empty pattern/, /backlog\[0\]: needs exactly one/, /backlog\[1\]: unknown field/])
    assert.ok(problems.some((p) => want.test(p)), `no problem matching ${want}: ${problems.join('; ')}`);
});
