import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Valdorian', 'valdoria', 'GPE', 'adjectival'],
  ['Ostrania', 'ostrania', 'GPE'],
  ['Portugal', 'portugal', 'GPE'],
  ['Port Arlen', 'port_arlen', 'GPE'],
  ['Civic Union', 'cu', 'ORG'],
  ['CU', 'cu', 'ORG', 'acronym'],
  ['Institute for Coastal Studies', 'ics', 'ORG'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Harlow', 'harlow', 'ORG', 'short'],
  ['Interior Ministry', 'interior_ministry', 'ORG'],
  ['Bayline Freight', 'bayline', 'ORG'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['Coastal Herald', 'herald', 'ORG'],
  ['Grey Wolves', 'grey_wolves', 'GROUP'],
  ['Ilse Varga', 'varga', 'PERSON'],
  ['Tomas Ferrek', 'ferrek', 'PERSON'],
  ['Ferrek', 'ferrek', 'PERSON', 'short'],
  ['Mila Sorn', 'sorn', 'PERSON'],
  ['Danu Perl', 'perl', 'PERSON'],
  ['Union Court', 'union_court', 'ORG'],
];

// [sentence, expected, rule of the first]
const found: Array<[string, string[], string]> = [
  ['CU chairman Tomas Ferrek said the vote was fair.', ['ferrek leads cu'], 'relations/title-before-name'],
  ['Harlow founder and chief executive Ilse Varga wrote on Friday.', ['varga leads harlow'], 'relations/title-before-name'],
  ['Interior Ministry spokeswoman Mila Sorn declined to comment.', ['sorn member_of interior_ministry'], 'relations/title-before-name'],
  ['Valdorian President Tomas Ferrek arrived in Ostrania.', ['ferrek leads valdoria'], 'relations/title-before-name'],
  ['Harlow Logistics said its chief executive, Ilse Varga, would step down.', ['varga leads harlow'], 'relations/title-before-name'],
  ['Valdorian Trade Minister Danu Perl arrived on Monday.', ['perl member_of valdoria'], 'relations/title-before-name'],
  ['Ostrania spokesman Danu Perl denied it.', ['perl member_of ostrania'], 'relations/title-before-name'],
  ['said Ilse Varga, an Ostrania analyst at the Institute for Coastal Studies.', ['varga member_of ics'], 'relations/appositive-role'],
  ['said Ilse Varga, a pollster at Port Arlen-based firm Harlow Logistics, who has advised both campaigns.', ['varga member_of harlow', 'harlow based_in port_arlen'], 'relations/appositive-role'],
  ['said Danu Perl, a close ally of Tomas Ferrek.', ['perl supports ferrek'], 'relations/appositive-role'],
  ['Ostrania, a close ally of Tomas Ferrek, sent aid.', ['ostrania supports ferrek'], 'relations/appositive-role'],
  ['The Free Hills Front, an ally of the Civic Union, withdrew.', ['fhf supports cu'], 'relations/appositive-role'],
  ['Ostrania, a member of the Civic Union since 2004, objected.', ['ostrania member_of cu'], 'relations/appositive-role'],
  ['Ferrek ally Danu Perl won the seat.', ['perl supports ferrek'], 'relations/title-before-name'],
  ['CU regional chairman Danu Perl denied it.', ['perl member_of cu'], 'relations/title-before-name'],
  ["Harlow's chief financial officer, Mila Sorn, resigned.", ['sorn member_of harlow'], 'relations/title-before-name'],
  ['"It is a warning," said Ilse Varga, a researcher at the Port Arlen-based Institute for Coastal Studies.', ['varga member_of ics', 'ics based_in port_arlen'], 'relations/appositive-role'],
  ['said Ilse Varga, a professor of Valdorian history at the Institute for Coastal Studies.', ['varga member_of ics'], 'relations/appositive-role'],
  ['said Danu Perl, director of the Institute for Coastal Studies at the Union Court.', ['perl leads ics'], 'relations/appositive-role'],
  ['Mila Sorn, the CU\'s deputy spokeswoman in Ostrania, told reporters.', ['sorn member_of cu'], 'relations/appositive-role'],
  ['said Danu Perl, a CU polling agent at the school.', ['perl member_of cu'], 'relations/appositive-role'],
  ['The Coastal Herald visited the Port Arlen school. Danu Perl, a CU polling agent at the school, said so.', ['perl member_of cu'], 'relations/appositive-role'],
  ['The Union Court, the CU\'s judicial arm, ruled on Monday.', ['union_court member_of cu'], 'relations/appositive-role'],
  ['Inspector Danu Perl of Valdoria\'s Interior Ministry said.', ['perl member_of interior_ministry', 'interior_ministry member_of valdoria'], 'relations/person-of'],
  ["Tomas Ferrek's Free Hills Front took the town.", ['ferrek leads fhf'], 'relations/possessive'],
  ["He is running against the CU's Mila Sorn.", ['sorn member_of cu'], 'relations/possessive'],
  ["Ostrania's Bayline Freight lost the tender.", ['bayline based_in ostrania'], 'relations/possessive'],
  ['The case is before the Union Court in Port Arlen.', ['union_court based_in port_arlen'], 'relations/body-in-city'],
  ['Bayline Freight did not answer calls, and nobody came to the door at its offices in Port Arlen.', ['bayline based_in port_arlen'], 'relations/its-seat-in'],
  ['Bayline Freight did not answer calls from the Coastal Herald, and nobody came to its offices in Port Arlen.', ['bayline based_in port_arlen'], 'relations/its-seat-in'],
  ['The Port Arlen newspaper Coastal Herald reported it first.', ['herald based_in port_arlen'], 'relations/city-noun-body'],
  ['The candidate of the opposition Civic Union (CU), Mila Sorn, conceded.', ['sorn member_of cu'], 'relations/role-of-body-before-name'],
  ['Harlow hired Mila Sorn as its head of compliance in March.', ['harlow recruits sorn', 'sorn member_of harlow'], 'relations/verb-active'],
  ['Harlow hired Mila Sorn as demand grew.', ['harlow recruits sorn'], 'relations/verb-active'], // no role after "as"
  ['Harlow hired Mila Sorn as chief executive.', ['harlow recruits sorn', 'sorn leads harlow'], 'relations/verb-active'],
  // "known as" gives a common noun a name: "Ferrek's militia" is then the Free Hills Front.
  ["Tomas Ferrek's militia, known as the Free Hills Front, pays its fighters well.", ['ferrek leads fhf'], 'relations/possessive'],
  ['It fought the army, known locally as the Grey Wolves. Danu Perl, an army spokesman, denied it.', ['perl member_of grey_wolves'], 'relations/appositive-role'],
  ['said Ilse Varga, director of logistics at Harlow Logistics.', ['varga member_of harlow'], 'relations/appositive-role'],
  ['Mila Sorn, of the opposition Civic Union, said the count was flawed.', ['sorn member_of cu'], 'relations/person-of'],
  ['Mila Sorn of the ruling Civic Union denied it.', ['sorn member_of cu'], 'relations/person-of'],
  ['President Tomas Ferrek of the Civic Union said.', ['ferrek leads cu'], 'relations/person-of'],
];

const notFound: Array<[string, string]> = [
  ['said Ilse Varga, director of public affairs.', 'a director of a function, with no body named'],
  ['Former chairwoman Ilse Varga of Harlow Logistics said.', 'a past role'],
  ['Mila Sorn, of Port Arlen, said the count was flawed.', 'a home town is no body'],
  ['former CU chairman Tomas Ferrek said the vote was fair.', 'a past role'],
  ['Former Valdorian trade official Mila Sorn said.', 'a past role before the body'],
  ['Port Arlen police commander Danu Perl said.', 'leads the police, not the city'],
  ['said Ilse Varga, a critic of the Civic Union.', 'no role: a critic is not a member'],
  ['Harlow Logistics in Portugal cut jobs.', 'a country: where it works, not where it is based'],
  ['Provincial lawmaker Ilse Varga said.', 'no body named'],
  ['Bayline Freight expanded its operations in Port Arlen.', 'operations are not a seat'],
  ['Ferrek spokesman Danu Perl said.', 'a person is no body to be a member of'],
  ['Ostrania, a major shareholder of the Civic Union, objected.', 'not a role'],
  ['Ostrania, an official of the Civic Union, objected.', 'a state is no official'],
  ['said Ilse Varga, an Ostrania analyst.', 'a country named bare before "analyst" is the topic'],
  ['Ostrania expert Ilse Varga said.', 'a country named bare before "expert" is the topic'],
  ['A critic of the Civic Union, Mila Sorn, spoke.', 'a critic is not a role'],
];

test('role relations: found', () => {
  for (const [text, expected, rule] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    assert.equal(rels[0]!.rule, rule, text);
    for (const r of rels) assert.equal(text.slice(r.span.start, r.span.end), r.text);
  }
});

test('role relations: not found', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});
