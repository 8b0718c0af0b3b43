import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, check, entityNamed } from './check-statements.js';



// Sources and cues separated by asides, relatives, time phrases and claim nouns: constructions an independent
// annotator found missed on unseen articles; all sentences fictional.

test('material between source and cue: a relative clause, a participle aside, a hyphenated outlet', () => {
  check('The Marlow Water Utility raised its tariffs in January. The utility, which supplies water to 40 towns, has said the increase was unavoidable.', [
    { source: 'The utility', kind: 'named_org', cue: 'has said', content: 'the increase was unavoidable' },
  ]);
  check('Two election officials, speaking anonymously because they were not authorised to talk to the press, told the Rhein-Main Courier that the count had been delayed.', [
    { source: 'Two election officials', kind: 'unnamed_official', count: 2, cue: 'told', content: 'the count had been delayed', via: 'Rhein-Main Courier' },
  ]);
  check("Veloria's embassy in Tarsk denied any involvement, calling the claims baseless.", [
    { source: "Veloria's embassy in Tarsk", kind: 'named_org', stance: 'deny', cue: 'denied', content: 'any involvement' },
  ]);
});

test('postposed source with a time phrase or an "as" clause after it', () => {
  check('Rebels seized two towns near the border, Ostrava\'s defence ministry said last week.', [
    { source: "Ostrava's defence ministry", kind: 'named_org', cue: 'said', content: 'Rebels seized two towns near the border' },
  ]);
  check("The collapse killed nine workers, the mine's operator said, as families accused the company of ignoring safety warnings.", [
    { source: "the mine's operator", kind: 'named_org', cue: 'said', content: 'The collapse killed nine workers' },
    { source: 'families', kind: 'anonymous', cue: 'accused', content: 'the company of ignoring safety warnings' },
  ]);
  check('"We will not leave," Ranya Osei said in a video posted on Facebook.', [
    { source: 'Ranya Osei', kind: 'named_person', cue: 'said', content: 'We will not leave' },
  ]);
});

test('organisation head nouns point back to the organisation named before', () => {
  const text = 'The Pell Insurance Group raised premiums by 9%. The insurer did not respond to requests for comment.';
  check(text, [{ source: 'The insurer', kind: 'named_org', stance: 'no_comment', cue: 'did not respond', content: 'requests for comment' }]);
  const a = analyze(text);
  assert.equal(a.layers.statements[0]!.source.entityId, entityNamed(a, 'Pell Insurance Group'));
});

test('"according to" a document: the issuer is the source entity, the outlet that saw it is via', () => {
  check('The road will close on Monday, according to a notice published by the Dunmore council.', [
    { source: 'a notice published by the Dunmore council', kind: 'document', cue: 'according to', content: 'The road will close on Monday', via: null },
  ]);
  check('Turnout was 61 percent, according to official results certified last week by the electoral commission.', [
    { source: 'official results certified last week by the electoral commission', kind: 'document', cue: 'according to', content: 'Turnout was 61 percent' },
  ]);
  check('The kidnappers demanded $2 million, according to a ransom note seen by the Daily Ledger.', [
    { source: 'a ransom note seen by the Daily Ledger', kind: 'document', cue: 'according to', content: 'The kidnappers demanded $2 million', via: 'Daily Ledger' },
  ]);
});

test('citing: a relay cites people or documents; a refusal citing a reason stays a refusal', () => {
  check('The Harbour Post reported on Thursday, citing three shipping agents, that the port had been closed.', [
    { source: 'three shipping agents', kind: 'anonymous', count: 3, cue: 'citing', content: 'the port had been closed', via: 'Harbour Post' },
  ]);
  check('Kessel Mining declined to comment on the allegations, citing continuing investigations.', [
    { source: 'Kessel Mining', kind: 'named_org', stance: 'no_comment', cue: 'declined to comment', content: 'the allegations' },
  ]);
});

test('a title with an appositive name, threats, and no split for a forecast after "and"', () => {
  check("Mayor Uy's spokesman, Ferdinand Calixto, dismissed the claims of fraud.", [
    { source: "Mayor Uy's spokesman, Ferdinand Calixto", kind: 'named_person', stance: 'deny', cue: 'dismissed the claims', content: 'the claims of fraud' },
  ]);
  check('The Kessel Mining Company has threatened to close the plant.', [
    { source: 'The Kessel Mining Company', kind: 'named_org', cue: 'has threatened', content: 'to close the plant' },
  ]);
  check('Minister Tamsin Ochieng said the budget would pass and expected growth to recover next year.', [
    { source: 'Minister Tamsin Ochieng', kind: 'named_person', cue: 'said', content: 'the budget would pass' },
  ]);
});

test('not statements: an estimated cost, a reason after citing', () => {
  const none = [
    'A confidential audit recommended closing the bridge at an estimated cost of 12 million dollars.',
    'The council postponed the vote, citing bad weather.',
  ];
  for (const text of none) assert.deepEqual(analyze(text).layers.statements.map((s) => `${s.cue?.text}: ${s.content.text}`).filter((s) => !s.startsWith('recommended')), [], text);
});

test('a claim noun with a passive participle and "by", and belief verbs "see X as Y"', () => {
  check('The shortages were caused by sabotage, a charge repeated by the governor on Tuesday.', [
    { source: 'the governor', kind: 'unnamed_official', cue: 'charge repeated by', content: 'The shortages were caused by sabotage' },
  ]);
  check('The fire was set deliberately, a claim denied by Inspector Dara Quist.', [
    { source: 'Inspector Dara Quist', kind: 'named_person', stance: 'deny', cue: 'claim denied by', content: 'The fire was set deliberately' },
  ]);
  check("Many voters see the reform as a betrayal of the party's promises.", [
    { source: 'Many voters', kind: 'anonymous', cue: 'see', content: "the reform as a betrayal of the party's promises" },
  ]);
  check('The central bank views inflation as the main threat to growth.', [
    { source: 'The central bank', kind: 'named_org', cue: 'views', content: 'inflation as the main threat to growth' },
  ]);
});

test('not statements: seeing things, a passive "seen as", a claim noun without a comma', () => {
  const none = [
    'Visitors saw the castle as the sun set.',
    'Residents saw smoke over the hills on Sunday.',
    'The plan is seen as a defeat for the mayor.',
    'The claim repeated by the governor was never tested in court.',
  ];
  for (const text of none) assert.deepEqual(analyze(text).layers.statements.map((s) => s.content.text), [], text);
});

test('a claim noun before a postposed denial, a clause after ";", a comma splice before the subject', () => {
  check('Opposition leaders said the vote was rigged, a charge the commission has rejected.', [
    { source: 'Opposition leaders', kind: 'unnamed_official', cue: 'said', content: 'the vote was rigged' },
    { source: 'the commission', kind: 'named_org', stance: 'deny', cue: 'has rejected', content: 'the vote was rigged' },
  ]);
  check('Workers at the plant said they had not been paid for months; the company denied owing them money.', [
    { source: 'Workers at the plant', kind: 'anonymous', cue: 'said', content: 'they had not been paid for months' },
    { source: 'the company', kind: 'named_org', stance: 'deny', cue: 'denied', content: 'owing them money' },
  ]);
  check('Prices rose, the company declined to comment.', [
    { source: 'the company', kind: 'named_org', stance: 'no_comment', cue: 'declined to comment', content: 'declined to comment' },
  ]);
});

test('relative clauses: a time adjunct before "that", an aside between a postposed source and its cue; a platform after a participle', () => {
  check('The Harlow Union, which warned last month that strikes would spread, said on Friday that talks had failed.', [
    { source: 'The Harlow Union', kind: 'named_org', cue: 'warned', content: 'strikes would spread' },
    { source: 'The Harlow Union', kind: 'named_org', cue: 'said', content: 'talks had failed' },
  ]);
  check('The strike will continue, the Harlow Union, which represents 9,000 dockers, warned on Friday.', [
    { source: 'the Harlow Union', kind: 'named_org', cue: 'warned', content: 'The strike will continue' },
  ]);
  check('"We will not leave," Ranya Osei said in a video posted on Facebook.', [
    { source: 'Ranya Osei', kind: 'named_person', cue: 'said', content: 'We will not leave', via: 'Facebook' },
  ]);
});

test('via after "told" is an outlet, not a person who heard it', () => {
  check('The mayor told Maria Lopez that the road would reopen.', [
    { source: 'The mayor', kind: 'unnamed_official', cue: 'told', content: 'the road would reopen', via: null },
  ]);
  check('The mayor told the Harbour Times on Monday that the road would reopen.', [
    { source: 'The mayor', kind: 'unnamed_official', cue: 'told', content: 'the road would reopen', via: 'Harbour Times' },
  ]);
});

test('a time phrase before a pronoun subject belongs to the cue; citing documents with a contact clause', () => {
  check('The carrier said on Tuesday it would cut 300 jobs.', [
    { source: 'The carrier', kind: 'named_org', cue: 'said', content: 'it would cut 300 jobs' },
  ]);
  check('The Daily Clarion reported on Friday, citing documents it had obtained, that the mayor had hidden the losses.', [
    { source: 'documents it had obtained', kind: 'document', cue: 'citing', content: 'the mayor had hidden the losses', via: 'Daily Clarion' },
  ]);
  check('The army has killed civilians, an accusation echoed by two rights groups.', [
    { source: 'two rights groups', kind: 'anonymous', cue: 'accusation echoed by', content: 'The army has killed civilians' },
  ]);
});

test('a denial of a demonstrative ("denied that.") is a denial', () => {
  check('Residents said the water was unsafe. The ministry denied that.', [
    { source: 'Residents', kind: 'anonymous', cue: 'said', content: 'the water was unsafe' },
    { source: 'The ministry', kind: 'named_org', stance: 'deny', cue: 'denied', content: 'that' },
  ]);
  check('The ministry denied that, saying the water was safe.', [
    { source: 'The ministry', kind: 'named_org', stance: 'deny', cue: 'denied', content: 'that' },
    { source: 'The ministry', kind: 'named_org', cue: 'saying', content: 'the water was safe' },
  ]);
});

test('an organisation head noun prefers an organisation named with the same stem over the last one named', () => {
  const text = 'Pell Insurance Group raised premiums by 9%, the Finance Ministry said on Monday. The insurer did not respond to requests for comment.';
  const a = analyze(text);
  const s = a.layers.statements.find((x) => x.source.text === 'The insurer');
  assert.ok(s, 'statement of the insurer');
  assert.equal(s.source.entityId, entityNamed(a, 'Pell Insurance Group'));
});

test('"published by" an outlet relays, by a body issues; "said late on Sunday" keeps a postposed source', () => {
  check('The dam is unsafe, according to a report published by the Sentinel.', [
    { source: 'a report published by the Sentinel', kind: 'document', cue: 'according to', content: 'The dam is unsafe', via: 'Sentinel' },
  ]);
  check('The strike has cost the port $4 million, the operator said late on Sunday, as unions vowed to continue.', [
    { source: 'the operator', kind: 'named_org', cue: 'said', content: 'The strike has cost the port $4 million' },
  ]);
});
