import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statementsOf } from './fixtures.js';

// Source phrase → kind and count, through the layer alone (no entities: names are judged by their words).
const found: Array<[string, string, string, number | null]> = [
  ['The dam will hold, a senior defence official said.', 'a senior defence official', 'unnamed_official', 1],
  ['The dam will hold, two senior officials said.', 'two senior officials', 'unnamed_official', 2],
  ['The dam will hold, officials said.', 'officials', 'unnamed_official', null],
  ['The dam will hold, a source said.', 'a source', 'anonymous', 1],
  ['The dam will hold, sources said.', 'sources', 'anonymous', null],
  ['The dam will hold, four engineers and a regional source said.', 'four engineers and a regional source', 'anonymous', 5],
  ['The dam will hold, residents and a police officer said.', 'residents and a police officer', 'anonymous', null],
  ['The dam will hold, a local official and a mine worker said.', 'a local official and a mine worker', 'anonymous', 2],
  ['The dam will hold, one of the three engineers said.', 'one of the three engineers', 'anonymous', 1],
  ['The dam will hold, the leaked report said.', 'the leaked report', 'document', null],
  ['The dam will hold, state television reported.', 'state television', 'media', null],
  ['The dam will hold, the Varno Daily Courier reported.', 'the Varno Daily Courier', 'media', null],
  ['The dam will hold, Tolvan Energy Holdings said.', 'Tolvan Energy Holdings', 'named_org', null],
  ['The dam will hold, ministry spokesman Pavel Orsk said.', 'ministry spokesman Pavel Orsk', 'named_person', null],
  ['The dam will hold, Stuttgart prosecutors said.', 'Stuttgart prosecutors', 'unnamed_official', null],
];

test('count-sources: kind and count of the source phrase', () => {
  for (const [text, source, kind, count] of found) {
    const s = statementsOf(text);
    assert.equal(s.length, 1, text);
    assert.equal(s[0]!.source.text, source, text);
    assert.equal(s[0]!.source.kind, kind, text);
    assert.equal(s[0]!.source.count, count, text);
    assert.equal(text.slice(s[0]!.source.span.start, s[0]!.source.span.end), source);
  }
});

test('count-sources: a head that names no source is narration, not a statement', () => {
  for (const text of ['The dam will hold, the weather said.', 'The river said nothing about the dam.']) assert.deepEqual(statementsOf(text), [], text);
});
