import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Portugal', 'portugal', 'GPE'],
  ['Kesh', 'kesh', 'GPE'],
  ['Port Arlen', 'port_arlen', 'GPE'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Bayline Freight', 'bayline', 'ORG'],
  ['Coastal Herald', 'herald', 'ORG'],
  ['Civic Union', 'cu', 'ORG'],
  ['Interior Ministry', 'interior_ministry', 'ORG'],
  ['Tomas Ferrek', 'ferrek', 'PERSON'],
  ['Ilse Varga', 'varga', 'PERSON'],
  ['Danu Perl', 'perl', 'PERSON'],
];

// [text, expected "subject predicate object", evidence of the first relation]
const found: Array<[string, string[], string]> = [
  ['Chief executive Ilse Varga said Harlow Logistics would cut 40 jobs.', ['varga leads harlow'], 'Chief executive Ilse Varga said Harlow Logistics'],
  ['Harlow Logistics cut 40 jobs on Monday. Chairwoman Ilse Varga blamed fuel prices.', ['varga leads harlow'], 'Harlow Logistics cut 40 jobs on Monday. Chairwoman Ilse Varga'],
  ['Mayor Tomas Ferrek of Kesh opened the bridge.', ['ferrek leads kesh'], 'Mayor Tomas Ferrek of Kesh'],
  ['The Interior Ministry denied it. Ministry spokesman Danu Perl declined to comment.', ['perl member_of interior_ministry'], 'Interior Ministry denied it. Ministry spokesman Danu Perl'],
  ['Deputy mayor Tomas Ferrek of Kesh opened the bridge.', ['ferrek member_of kesh'], 'Deputy mayor Tomas Ferrek of Kesh'],
  ['In Kesh, incumbent Governor Tomas Ferrek conceded defeat.', ['ferrek leads kesh'], 'Kesh, incumbent Governor Tomas Ferrek'],
  ['Danu Perl, chairwoman, said Bayline Freight had no debts.', ['perl leads bayline'], 'Danu Perl, chairwoman, said Bayline Freight'],
  ['Spokesman Danu Perl said the Civic Union would appeal.', ['perl member_of cu'], 'Spokesman Danu Perl said the Civic Union'],
  // An outlet in the sentence is the source, not the employer.
  ['Chief executive Ilse Varga told the Coastal Herald that Bayline Freight was profitable.', ['varga leads bayline'], 'Chief executive Ilse Varga told the Coastal Herald that Bayline Freight'],
  // A chief executive with no body near belongs to the company the story is about.
  ['Harlow Logistics cut jobs. Harlow Logistics blamed fuel. Bayline Freight did not.\nChief executive Ilse Varga said profits rose.', ['varga leads harlow'], 'Harlow Logistics blamed fuel. Bayline Freight did not.\nChief executive Ilse Varga'],
  // Holder words do not hide the owner before them.
  ['Valdoria\'s acting president Tomas Ferrek arrived.', ['ferrek leads valdoria'], 'Valdoria\'s acting president Tomas Ferrek'],
];

const notFound: Array<[string, string]> = [
  ['Chief executive Ilse Varga said Harlow Logistics and Bayline Freight would merge.', 'two companies: whose chief executive is unclear'],
  ['Chief executive Ilse Varga said profits rose.', 'no body anywhere'],
  ['The Civic Union met.\nSpokesman Danu Perl said profits rose.', 'a spokesman\'s body in another paragraph'],
  ['Harlow Logistics and Bayline Freight cut jobs.\nChief executive Ilse Varga said profits rose.', 'two companies share the lead'],
  ['The Coastal Herald reported it.\nChief executive Ilse Varga said profits rose.', 'an outlet is not the company of the story'],
  ['Former chief executive Ilse Varga said Harlow Logistics would cut jobs.', 'a past role'],
  ['Governor Tomas Ferrek told a news conference in Kesh that taxes would rise.', 'where he spoke is not what he governs'],
  ['Governor Tomas Ferrek visited Portugal.', 'a governor of a country is no reading of a bare title'],
  ['Mayor Tomas Ferrek said Kesh and Port Arlen would share the cost.', 'two places: which one is unclear'],
  ['Mayor Tomas Ferrek met officials from Kesh and Port Arlen.', 'places he went to, in a list'],
  ['Chief executive Ilse Varga spoke to the Coastal Herald.', 'an outlet is no employer'],
  ['Chief executive Ilse Varga, who previously ran Bayline Freight, said profits rose.', 'a past employer'],
  ['Chief executive Ilse Varga said rival Bayline Freight had cut prices.', 'a rival'],
  ['Police spokesman Danu Perl said the Civic Union would appeal.', 'the police are the owner, not the body named later'],
  ['Government spokesman Danu Perl said the Civic Union would appeal.', 'the government is the owner'],
];

test('bare titles: found from the sentence or paragraph', () => {
  for (const [text, expected, evidence] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    assert.equal(rels[0]!.text, evidence, text);
    for (const r of rels) assert.equal(text.slice(r.span.start, r.span.end), r.text);
  }
});

test('bare titles: nothing when the body is absent, ambiguous or past', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});
