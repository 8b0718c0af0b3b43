import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, check } from './check-statements.js';


test('postposed cue: "…, three people familiar with the matter said."', () => {
  check('The Korvel militia has recruited hundreds of fighters since March, three people familiar with the matter said.', [
    { source: 'three people familiar with the matter', kind: 'anonymous', count: 3, cue: 'said', content: 'The Korvel militia has recruited hundreds of fighters since March' },
  ]);
});

test('inverted cue after a quotation, then a continuation with no cue', () => {
  check('"We will not be intimidated," said Dana Orlov, a researcher at the Varnis Institute.\n\n"The army must answer for every village it has abandoned."', [
    { source: 'Dana Orlov, a researcher at the Varnis Institute', kind: 'named_person', count: null, cue: 'said', content: 'We will not be intimidated' },
    { source: 'Dana Orlov', kind: 'named_person', cue: null, content: 'The army must answer for every village it has abandoned.' },
  ]);
});

test('according to a document seen by an outlet: document, via the outlet', () => {
  check('The brigade pays new fighters $200 a month, according to a confidential UN report seen by Northline News.', [
    { source: 'a confidential UN report seen by Northline News', kind: 'document', cue: 'according to', content: 'The brigade pays new fighters $200 a month', via: 'Northline News' },
  ]);
});

test('"told OUTLET that": unnamed official, one source, via the outlet', () => {
  check('A senior defence official told Northline News that soldiers had killed 12 fighters near Varn.', [
    { source: 'A senior defence official', kind: 'unnamed_official', count: 1, cue: 'told', content: 'soldiers had killed 12 fighters near Varn', via: 'Northline News' },
  ]);
});

test('no comment and denial keep their content', () => {
  check('Kessler Mining did not respond to requests for comment. A spokesman for the company denied that it paid the guards.', [
    { source: 'Kessler Mining', kind: 'named_org', stance: 'no_comment', cue: 'did not respond', content: 'requests for comment' },
    { source: 'A spokesman for the company', kind: 'unnamed_official', count: 1, stance: 'deny', cue: 'denied', content: 'it paid the guards' },
  ]);
  check('A Tolvan Energy spokeswoman declined to comment on whether the company would appeal.', [
    { source: 'A Tolvan Energy spokeswoman', kind: 'unnamed_official', count: 1, stance: 'no_comment', cue: 'declined to comment', content: 'whether the company would appeal' },
  ]);
});

test('joint named sources: one statement each', () => {
  check('The Varnian Interior Ministry and the Korvel Group did not respond to questions from Northline News.', [
    { source: 'The Varnian Interior Ministry', kind: 'named_org', stance: 'no_comment', cue: 'did not respond', content: 'questions from Northline News' },
    { source: 'the Korvel Group', kind: 'named_org', stance: 'no_comment', cue: 'did not respond', content: 'questions from Northline News' },
  ]);
});

test('"X reported, citing N sources, that …": the sources, relayed by X', () => {
  check('The Daily Meridian reported on Friday, citing two navy commanders, that the flotilla had set up a supply depot.', [
    { source: 'two navy commanders', kind: 'unnamed_official', count: 2, cue: 'citing', content: 'the flotilla had set up a supply depot', via: 'Daily Meridian' },
  ]);
});

test('source counts: groups add up, a bare plural says no number', () => {
  check('The convoy left at dawn, five opposition sources and a regional source said.', [
    { source: 'five opposition sources and a regional source', kind: 'anonymous', count: 6, cue: 'said', content: 'The convoy left at dawn' },
  ]);
  check('The convoy left at dawn, sources said.', [{ source: 'sources', kind: 'anonymous', count: null, cue: 'said', content: 'The convoy left at dawn' }]);
});

test('pronoun source resolves to the earlier speaker; a split quotation continues', () => {
  check('Anna Berg, the mayor of Lindow, said the roads were closed.\n\n"We have no power," she said. "The generators ran out on Sunday."', [
    { source: 'Anna Berg, the mayor of Lindow', kind: 'named_person', cue: 'said', content: 'the roads were closed' },
    { source: 'Anna Berg', kind: 'named_person', cue: 'said', content: 'We have no power' },
    { source: 'Anna Berg', kind: 'named_person', cue: null, content: 'The generators ran out on Sunday.' },
  ]);
});

test('participle cue shares the clause subject: "rejected claims …, saying in a statement …"', () => {
  check('The Tolvan Council rejected claims that it supplied the rebels, saying in a statement that it had no links with armed groups.', [
    { source: 'The Tolvan Council', kind: 'named_org', stance: 'deny', cue: 'rejected claims', content: 'it supplied the rebels' },
    { source: 'The Tolvan Council', kind: 'named_org', cue: 'saying', content: 'it had no links with armed groups' },
  ]);
});

test('cues of other shapes: adverbs, quoted as saying, wrote, believes, confirmed, intro phrase', () => {
  check("Varnia's government has repeatedly said that foreign fighters are behind the attacks.", [
    { source: "Varnia's government", kind: 'named_org', cue: 'has repeatedly said', content: 'foreign fighters are behind the attacks' },
  ]);
  check('Mira Tal was quoted as saying the deal was dead.', [{ source: 'Mira Tal', kind: 'named_person', cue: 'was quoted as saying', content: 'the deal was dead' }]);
  check('Judge Helena Vos wrote that the company had ignored repeated warnings.', [
    { source: 'Judge Helena Vos', kind: 'named_person', cue: 'wrote', content: 'the company had ignored repeated warnings' },
  ]);
  check('Anil Ranek believes the ceasefire will not hold.', [{ source: 'Anil Ranek', kind: 'named_person', cue: 'believes', content: 'the ceasefire will not hold' }]);
  check('In a statement on Tuesday, the Korvel Group said it would appeal the ruling.', [
    { source: 'the Korvel Group', kind: 'named_org', cue: 'said', content: 'it would appeal the ruling' },
  ]);
  check('A second official, speaking separately, confirmed the flight had landed.', [
    { source: 'A second official', kind: 'unnamed_official', count: 1, cue: 'confirmed', content: 'the flight had landed' },
  ]);
});

test('a report in a subordinate clause after a comma is its own statement: ", after the Wire reported that"', () => {
  check('The dockers\' union said it would fight the sale, after the Harbour Wire reported that the port was in talks with a buyer.', [
    { source: "The dockers' union", kind: 'named_org', cue: 'said', content: 'it would fight the sale' },
    { source: 'the Harbour Wire', kind: 'media', cue: 'reported', content: 'the port was in talks with a buyer' },
  ]);
  // A phrase, not a clause: "since the 2021 coup" sits between commas before the cue.
  check('The alliance, which has fought the army since the 2021 coup, said it had taken the town.', [
    { source: 'The alliance', kind: 'named_org', cue: 'said', content: 'it had taken the town' },
  ]);
});

test('media and documents referred back to: "the report … It also says"', () => {
  check('State television reported that the president had left the capital.', [
    { source: 'State television', kind: 'media', cue: 'reported', content: 'the president had left the capital' },
  ]);
  const a = analyze('The report, dated May 2, puts the death toll at 40. It also says the militia has received weapons from abroad.');
  const second = a.layers.statements.find((s) => s.content.text === 'the militia has received weapons from abroad');
  assert.ok(second);
  assert.equal(second.source.kind, 'document');
  assert.equal(second.source.text, 'The report');
});

test('stance cues: says in a statement, dismissed reports, did not immediately reply', () => {
  check('The Varno Group says in a statement that it has left the port.', [
    { source: 'The Varno Group', kind: 'named_org', cue: 'says', content: 'it has left the port' },
  ]);
  check('Ivo Marn dismissed reports that he had fled the country.', [
    { source: 'Ivo Marn', kind: 'named_person', stance: 'deny', cue: 'dismissed reports', content: 'he had fled the country' },
  ]);
  check('The Orsk Mining Company did not immediately reply to an emailed request for comment.', [
    { source: 'The Orsk Mining Company', kind: 'named_org', stance: 'no_comment', cue: 'did not immediately reply', content: 'an emailed request for comment' },
  ]);
});

test('relative clauses: a refusal inside one is the antecedent\'s; "which the ministry said" has its own source', () => {
  check('The Orsk Port Authority, which had not responded to emailed questions by Thursday, said on Friday that the quay would reopen.', [
    { source: 'The Orsk Port Authority', kind: 'named_org', stance: 'no_comment', cue: 'had not responded', content: 'emailed questions by Thursday' },
    { source: 'The Orsk Port Authority', kind: 'named_org', cue: 'said', content: 'the quay would reopen' },
  ]);
  check('It is controlled by the Varno family, whose chairman, Ivo Varno, could not be reached.', [
    { source: 'chairman, Ivo Varno', kind: 'named_person', stance: 'no_comment', cue: 'could not be reached', content: 'could not be reached' },
  ]);
});

test('relayed statements: a report by an outlet of what others said, and a quotation resumed after its cue', () => {
  check('The ministry has denied hiring foreign guards, saying the port was safe, the Orsk Herald reported.', [
    { source: 'The ministry', kind: 'named_org', stance: 'deny', cue: 'has denied', content: 'hiring foreign guards', via: 'Orsk Herald' },
    { source: 'The ministry', kind: 'named_org', cue: 'saying', content: 'the port was safe', via: 'Orsk Herald' },
  ]);
  check('"We will not leave," Mayor Ana Pell said on Monday, standing by the tanker, "until the water is back."', [
    { source: 'Mayor Ana Pell', kind: 'named_person', cue: 'said', content: 'We will not leave' },
    { source: 'Mayor Ana Pell', kind: 'named_person', cue: null, content: 'until the water is back.' },
  ]);
});

test('"X reported N sources saying": the sources said it, relayed by X', () => {
  check('The harbour will close in May, the Orsk Herald reported two port officials saying.', [
    { source: 'two port officials', kind: 'unnamed_official', count: 2, cue: 'saying', content: 'The harbour will close in May', via: 'Orsk Herald' },
  ]);
});

test('negative cases: narration, a title, a quotation of a book, "the so-called"', () => {
  const none = [
    'The army withdrew from the town on Tuesday after three days of fighting.',
    'The memoir "What the General Said" sold 40,000 copies in its first month.',
    'Repairs are expected to take a month and cost up to 15 million euros.',
    'The so-called council said it would meet again.',
    'Villagers accused of smuggling were released on Friday.',
    'Police found the body of a fisherman near the harbour.',
    'The Orsk Mining Company reported a loss of 3 million euros.',
    'The minister will announce the new budget on Friday.',
    'Protesters marched to the square to demand higher wages.',
  ];
  for (const text of none) assert.deepEqual(analyze(text).layers.statements.map((s) => s.content.text), [], text);
});
