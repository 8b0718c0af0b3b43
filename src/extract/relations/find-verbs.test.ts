import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, relationsOf, type EntitySpec } from './test-support.js';

const E: readonly EntitySpec[] = [
  ['Valdoria', 'valdoria', 'GPE'],
  ['Valdorian', 'valdoria', 'GPE', 'adjectival'],
  ['Ostrania', 'ostrania', 'GPE'],
  ['Kesh', 'kesh', 'GPE'],
  ['Marrow Coast', 'marrow_coast', 'LOC'],
  ['Free Hills Front', 'fhf', 'GROUP'],
  ['FHF', 'fhf', 'GROUP', 'acronym'],
  ['Red Banner Brigade', 'rbb', 'GROUP'],
  ['Tomas Ferrek', 'ferrek', 'PERSON'],
  ['Ferrek', 'ferrek', 'PERSON', 'short'],
  ['Ilse Varga', 'varga', 'PERSON'],
  ['Harlow Logistics', 'harlow', 'ORG'],
  ['Northern League of Cities', 'nlc', 'ORG'],
  ['Kivi', 'kivi', 'NORP'],
];

// [sentence, expected "subject predicate object", expected evidence text of the first relation]
const found: Array<[string, string[], string]> = [
  ['Valdoria backs the Free Hills Front, officials said.', ['valdoria supports fhf'], 'Valdoria backs the Free Hills Front'],
  ['The Free Hills Front, backed by Valdoria, seized the pass.', ['valdoria supports fhf'], 'Free Hills Front, backed by Valdoria'],
  ['The Free Hills Front was armed by Ostrania last year.', ['ostrania supports fhf'], 'Free Hills Front was armed by Ostrania'],
  ['Valdoria and Ostrania have also lent support to Tomas Ferrek.', ['valdoria supports ferrek', 'ostrania supports ferrek'], 'Valdoria and Ostrania have also lent support to Tomas Ferrek'],
  ['Valdoria has been a staunch ally of the Free Hills Front since 2019.', ['valdoria supports fhf'], 'Valdoria has been a staunch ally of the Free Hills Front'],
  ['The Red Banner Brigade clashed with the FHF near the border.', ['rbb opposes fhf', 'fhf opposes rbb'], 'Red Banner Brigade clashed with the FHF'],
  ['The Red Banner Brigade and the Free Hills Front clashed near Kesh.', ['rbb opposes fhf', 'fhf opposes rbb'], 'Red Banner Brigade and the Free Hills Front clashed'],
  ['The Red Banner Brigade on Tuesday attacked the Free Hills Front.', ['rbb opposes fhf'], 'Red Banner Brigade on Tuesday attacked the Free Hills Front'],
  ['The Free Hills Front has recruited hundreds of Kivi fighters, and Valdoria hired Harlow Logistics.', ['fhf recruits kivi', 'valdoria recruits harlow'], 'Free Hills Front has recruited hundreds of Kivi'],
  ['Ostrania said on Sunday it stood "fully behind" Valdoria.', ['ostrania supports valdoria'], 'Ostrania said on Sunday it stood "fully behind" Valdoria'],
  ['Ostrania pledged 2 million euros to help Valdoria rebuild.', ['ostrania supports valdoria'], 'Ostrania pledged 2 million euros to help Valdoria'],
  ['Harlow Logistics lost the contract. It hired Ilse Varga in May.', ['harlow recruits varga'], 'Harlow Logistics lost the contract. It hired Ilse Varga'],
  ['More than 400 Kivi were recruited by the Free Hills Front in May.', ['fhf recruits kivi'], 'Kivi were recruited by the Free Hills Front'],
  ['Ostrania sent 300 fighters in September to the town of Kesh.', ['ostrania deploys kesh'], 'Ostrania sent 300 fighters in September to the town of Kesh'],
  ['Ostrania said it had deployed two frigates to the Marrow Coast and Kesh.', ['ostrania deploys marrow_coast', 'ostrania deploys kesh'], 'Ostrania said it had deployed two frigates to the Marrow Coast'],
  ['Tomas Ferrek said he had sent reinforcements to Kesh.', ['ferrek deploys kesh'], 'Tomas Ferrek said he had sent reinforcements to Kesh'],
  ['Harlow Logistics, which has its regional headquarters in Kesh, declined to comment.', ['harlow based_in kesh'], 'Harlow Logistics, which has its regional headquarters in Kesh'],
  ['Harlow Logistics, which is headquartered in Kesh, declined to comment.', ['harlow based_in kesh'], 'Harlow Logistics, which is headquartered in Kesh'],
  ['It was not approached by rival Harlow Logistics, which is based in Kesh.', ['harlow based_in kesh'], 'Harlow Logistics, which is based in Kesh'],
  ['Harlow Logistics, which was founded in 2011 and is based in Kesh, declined to comment.', ['harlow based_in kesh'], 'Harlow Logistics, which was founded in 2011 and is based in Kesh'],
  ['Tomas Ferrek, who is believed to be based in Kesh, did not respond.', ['ferrek based_in kesh'], 'Tomas Ferrek, who is believed to be based in Kesh'],
  ['It cited the Northern League of Cities, a civic coalition based in the northern city of Kesh.', ['nlc based_in kesh'], 'Northern League of Cities, a civic coalition based in the northern city of Kesh'],
  ['said Ilse Varga, an analyst at Harlow Logistics, who heads the Northern League of Cities.', ['varga member_of harlow', 'varga leads nlc'], 'Ilse Varga, an analyst at Harlow Logistics'],
  ['The Free Hills Front has up to 900 fighters deployed in Kesh, officials said.', ['fhf deploys kesh'], 'Free Hills Front has up to 900 fighters deployed in Kesh'],
  ['Valdorian troops stationed in Kesh were attacked.', ['valdoria deploys kesh'], 'Valdorian troops stationed in Kesh'],
  ['Tomas Ferrek, who heads the Red Banner Brigade, pledged to help Valdoria.', ['ferrek leads rbb', 'ferrek supports valdoria'], 'Tomas Ferrek, who heads the Red Banner Brigade'],
  ['The Free Hills Front, commanded by General Tomas Ferrek, withdrew.', ['ferrek leads fhf'], 'Free Hills Front, commanded by General Tomas Ferrek'],
  ['The Red Banner Brigade and the Valdorian army clashed near Kesh.', ['rbb opposes valdoria', 'valdoria opposes rbb'], 'Red Banner Brigade and the Valdorian army clashed'],
  ['Tomas Ferrek won the backing of the Red Banner Brigade on Monday.', ['rbb supports ferrek'], 'Tomas Ferrek won the backing of the Red Banner Brigade'],
  ['The vote was delayed after Tomas Ferrek won the backing of the centre-right Red Banner Brigade.', ['rbb supports ferrek'], 'Tomas Ferrek won the backing of the centre-right Red Banner Brigade'],
  ['Ostrania, which joined the Northern League of Cities in 2004, objected.', ['ostrania member_of nlc'], 'Ostrania, which joined the Northern League of Cities'],
  ['The Free Hills Front is run by Tomas Ferrek.', ['ferrek leads fhf'], 'Free Hills Front is run by Tomas Ferrek'],
  ['Ilse Varga, who led the Northern League of Cities mission, spoke.', ['varga member_of nlc'], 'Ilse Varga, who led the Northern League of Cities'],
  ['The group has received weapons from Valdoria, and the Red Banner Brigade received funding from Ostrania.', ['ostrania supports rbb'], 'Red Banner Brigade received funding from Ostrania'],
  ['Valdoria runs the Free Hills Front.', ['valdoria leads fhf'], 'Valdoria runs the Free Hills Front'],
  ['The Free Hills Front recruited heavily among the Kivi.', ['fhf recruits kivi'], 'Free Hills Front recruited heavily among the Kivi'],
  ['Harlow Logistics, which the Free Hills Front hired in May, denied it.', ['fhf recruits harlow'], 'Harlow Logistics, which the Free Hills Front hired'],
];

const notFound: Array<[string, string]> = [
  ['Valdoria said that the Free Hills Front recruited in May.', 'no object, and "that" opens a report, not a relative'],
  ['A Valdorian unit runs the Free Hills Front.', 'the unit leads, not the country that qualifies it'],
  ["Harlow Logistics' subsidiary runs the Free Hills Front.", 'the subsidiary leads, not its owner'],
  ['Valdoria did not back the Free Hills Front, officials said.', 'negated verb'],
  ['Valdoria never armed the Red Banner Brigade.', 'negated verb'],
  ['Ostrania denied that it had sent troops to Kesh.', 'denied relation'],
  ['Valdoria warned that the Free Hills Front was collapsing, and Ostrania backed away.', 'entities in different clauses'],
  ['The funds from Valdoria reached the Free Hills Front.', 'noun "funds", not the verb'],
  ['Troops from Valdoria were sent to Kesh.', 'passive without "by": the troops were sent, not Valdoria'],
  ['The Free Hills Front was fined on Monday.', 'passive without an agent'],
  ['Ostrania sent a letter to Harlow Logistics.', 'deploys needs a place'],
  ['A militia led by former trader Tomas Ferrek has recruited hundreds of Kivi.', 'the name ends a "by" phrase, it is not the subject'],
  ['Ostrania urged the court to sanction Harlow Logistics.', 'the object of "urged" would sanction, not Ostrania'],
  ['Officials met on Monday. It hired Ilse Varga in May.', 'a pronoun with no named subject before it'],
  ['Tomas Ferrek flew to Kesh for talks.', 'travelling is not deploying: nothing is sent'],
  ['The Kesh police station in Valdoria was burned.', '"station" is a noun here'],
  ['Ostrania funds a school in Kesh, run by Harlow Logistics.', 'the participle belongs to "a school", not to Kesh'],
  ['Ilse Varga previously worked for Harlow Logistics.', 'a past relation'],
  ['Valdoria has no troops stationed in Kesh.', 'no forces'],
  ['If Valdoria sends troops to Kesh, the front will respond.', 'a condition'],
  ['Asked whether Valdoria backs the Free Hills Front, officials declined to comment.', 'a question'],
  ['Ostrania, which applied to join the Northern League of Cities, objected.', 'an application is no membership'],
  ["Ostrania's bid to join the Northern League of Cities stalled.", 'a bid is no membership'],
  ['Valdoria would back the Free Hills Front if asked.', 'a hypothetical'],
  ['The Red Banner Brigade sent no fighters to Kesh.', 'nothing sent'],
  ['A court in Kesh sanctioned the Free Hills Front.', 'the name sits in a prepositional phrase, not the subject'],
  ['Valdorian troops in Kesh were attacked.', 'no participle: where they fight, not where they were sent'],
  ['An attack on the Free Hills Front killed nine.', 'noun "attack" with no subject'],
];

test('verb relations: found with their evidence', () => {
  for (const [text, expected, evidence] of found) {
    const rels = relationsOf(text, E);
    assert.deepEqual(keys(rels), expected, text);
    assert.equal(rels[0]!.text, evidence, text);
    assert.equal(text.slice(rels[0]!.span.start, rels[0]!.span.end), rels[0]!.text);
    assert.ok(rels.some((r) => /^relations\/(verb-(active|passive|mutual)|hired-as|forces-placed)$/.test(r.rule)), text);
  }
});

test('verb relations: not found', () => {
  for (const [text, why] of notFound) assert.deepEqual(keys(relationsOf(text, E)), [], `${why}: ${text}`);
});
