import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mention, statementsOf } from './fixtures.js';

// The later passes with hand-made entity mentions: linking, joint sources, anaphora, continuations, via.

test('split-joint-sources: one statement per named source, one for an unnamed group', () => {
  const text = 'The Orsk Mining Company and the Varno Group did not respond to questions.';
  const ms = [mention(text, 'Orsk Mining Company', 'orsk'), mention(text, 'Varno Group', 'varno')];
  const got = statementsOf(text, ms).map((s) => [s.source.text, s.source.entityId, s.stance]);
  assert.deepEqual(got, [
    ['The Orsk Mining Company', 'orsk', 'no_comment'],
    ['the Varno Group', 'varno', 'no_comment'],
  ]);
  assert.equal(statementsOf('Villagers and a police officer said the road was cut.').length, 1);
  const one = 'The Ministry of Energy and Mines said prices would rise.';
  assert.equal(statementsOf(one, [mention(one, 'Ministry of Energy and Mines', 'mem')]).length, 1);
});

test('resolve-pronouns: he/she/it take the nearest compatible speaker, where it is named', () => {
  const text = 'Lena Dorsk, a fisheries expert, said stocks had collapsed. The Baltic Council said it would meet. "We are out of time," she said.';
  const ms = [mention(text, 'Lena Dorsk', 'dorsk', 'PERSON'), mention(text, 'Baltic Council', 'council')];
  const s = statementsOf(text, ms).find((x) => x.content.text === 'We are out of time')!;
  assert.equal(s.source.text, 'Lena Dorsk');
  assert.equal(s.source.entityId, 'dorsk');
  assert.equal(s.source.rule, 'statements/pronoun-antecedent');
});

test('resolve-pronouns: "the spokesman" and "the brigade" reach the body spoken for', () => {
  const text = 'The Red Hill Brigade seized the depot. A spokesman for the brigade denied it held hostages. "We hold nobody," the spokesman said.';
  const ms = [mention(text, 'Red Hill Brigade', 'rhb', 'GROUP')];
  const got = statementsOf(text, ms).map((s) => [s.source.text, s.source.kind, s.source.entityId, s.source.count]);
  assert.deepEqual(got, [
    ['A spokesman for the brigade', 'unnamed_official', 'rhb', 1],
    ['the spokesman', 'unnamed_official', 'rhb', 1],
  ]);
});

test('continue-quotes: a bare quotation continues the last speaker; scare quotes do not', () => {
  const text = '"The harbour is closed," said Ivo Marn.\n\n"Nobody fishes here any more."\n\nThe council called the plan "a disgrace to the town".';
  const got = statementsOf(text).map((s) => [s.source.text, s.cue?.text ?? null, s.content.text]);
  assert.deepEqual(got, [
    ['Ivo Marn', 'said', 'The harbour is closed'],
    ['Ivo Marn', null, 'Nobody fishes here any more.'],
  ]);
});

test('attach-via: told X, seen by X, citing, the asker of a no-comment, a platform', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['Two guards told the Orsk Herald that the gate was open.', 'Orsk Herald', 'the gate was open', 'herald'],
    ['Fees rose, according to a memo seen by the Orsk Herald.', 'Orsk Herald', 'Fees rose', 'herald'],
    ['The Orsk Herald reported, citing two guards, that the gate was open.', 'Orsk Herald', 'the gate was open', 'herald'],
    ["Varno Group did not respond to the Orsk Herald's requests for comment.", 'Orsk Herald', "the Orsk Herald's requests for comment", 'herald'],
    ['Mayor Ivo Marn wrote on X that the gate was open.', 'X', 'the gate was open', 'x'],
    ['Two guards said the gate was open.', 'Orsk Herald', 'the gate was open', null],
  ];
  for (const [text, outlet, content, via] of cases) {
    const ms = text.includes(outlet) ? [mention(text, outlet, via ?? 'other')] : [];
    const s = statementsOf(text, ms).find((x) => x.content.text === content);
    assert.ok(s, text);
    assert.equal(s.viaEntityId, via, text);
  }
});
