import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import type { EntityType, Mention, MentionForm } from '../../model/entity.js';
import { buildDoc } from '../../nlp/build-doc.js';
import { entitiesExtractor } from './index.js';

const extract = entitiesExtractor.create();

function analyze(text: string, outlet: string | null = null) {
  const article: Article = { id: 't', outlet, published: '2024-05-20', title: null, url: null, text, origin: { file: 't.txt', line: null, format: 'text' } };
  return extract(buildDoc(article), {});
}

/** [text, entity name, type, [mention text, start, form]] — every listed mention must belong to that entity. */
type Found = [string, string, EntityType, Array<[string, number, MentionForm]>];

const found: Found[] = [
  ['The Valdor Liberation Front (VLF) attacked a convoy. A VLF commander said it would go on.', 'Valdor Liberation Front', 'GROUP', [['Valdor Liberation Front', 4, 'full'], ['VLF', 29, 'acronym'], ['VLF', 55, 'acronym']]],
  ['Moscow said on Monday it would send more advisers.', 'Russia', 'GPE', [['Moscow', 0, 'metonym']]],
  ["Analysts said Moscow's involvement was growing.", 'Russia', 'GPE', [['Moscow', 14, 'metonym']]],
  ['Delegates met in Moscow on Monday.', 'Moscow', 'GPE', [['Moscow', 17, 'full']]],
  ['President Amira Solberg said the vote was fair. Solberg added that observers agreed.', 'Amira Solberg', 'PERSON', [['Amira Solberg', 10, 'full'], ['Solberg', 48, 'short']]],
  ['Presiding Judge Tomasz Varga read the verdict.', 'Tomasz Varga', 'PERSON', [['Tomasz Varga', 16, 'full']]],
  ['Malian troops clashed with fighters near the border.', 'Mali', 'GPE', [['Malian', 0, 'adjectival']]],
  ['The group recruited hundreds of Syrians last year.', 'Syrians', 'NORP', [['Syrians', 32, 'full']]],
  ['TARNOW, May 3 (Orbis Wire) - Farmers blocked roads.', 'Orbis Wire', 'ORG', [['Orbis Wire', 15, 'full']]],
  ['TARNOW, May 3 (Orbis Wire) - Farmers blocked roads.', 'TARNOW', 'GPE', [['TARNOW', 0, 'full']]],
  ['"It is a warning," said Pavel Hrubec, a researcher at the Centre for Baltic Studies.', 'Centre for Baltic Studies', 'ORG', [['Centre for Baltic Studies', 58, 'full']]],
  ['"It is a warning," said Pavel Hrubec, a researcher at the Centre for Baltic Studies.', 'Pavel Hrubec', 'PERSON', [['Pavel Hrubec', 24, 'full']]],
  ['Fighters of the Ostrava Brigade seized the town of Lenko on Friday.', 'Lenko', 'GPE', [['Lenko', 51, 'full']]],
  ['Fighters of the Ostrava Brigade seized the town of Lenko on Friday.', 'Ostrava Brigade', 'GROUP', [['Ostrava Brigade', 16, 'full']]],
  ['The rebels, known locally as Silver Dawn, attacked a market. Silver Dawn did not comment.', 'Silver Dawn', 'GROUP', [['Silver Dawn', 29, 'full']]],
  ['Kestrel Motors cut its forecast. Kestrel said demand was weak.', 'Kestrel Motors', 'ORG', [['Kestrel', 33, 'short']]],
  ['The UN refugee agency said 4,000 people had fled.', 'UN High Commissioner for Refugees', 'ORG', [['UN refugee agency', 4, 'full']]],
  ['Le Courrier du Sahel reported the attack on Monday.', 'Le Courrier du Sahel', 'ORG', [['Le Courrier du Sahel', 0, 'full']]],
  ['Valdorian President Amira Solberg met the envoy.', 'Amira Solberg', 'PERSON', [['Amira Solberg', 20, 'full']]],
  ['US Secretary of State Ana Ruiz met the envoy.', 'Ana Ruiz', 'PERSON', [['Ana Ruiz', 22, 'full']]],
  ['Shares in Orvex fell 3% on Monday.', 'Orvex', 'ORG', [['Orvex', 10, 'full']]],
  ['Orvex cut jobs. Its Irish unit, Orvex Europe, was spared. Orvex said more cuts may come.', 'Orvex Europe', 'ORG', [['Orvex Europe', 32, 'full']]],
  ['Orvex cut jobs. Its Irish unit, Orvex Europe, was spared. Orvex said more cuts may come.', 'Orvex', 'ORG', [['Orvex', 0, 'full']]],
  ['Kofi Mensah met Ana Ruiz.', 'Ana Ruiz', 'PERSON', [['Ana Ruiz', 16, 'full']]],
  ['The Justice and Development Party won 40% of the vote.', 'Justice and Development Party', 'ORG', [['Justice and Development Party', 4, 'full']]],
  ['KYIV, May 2 (Orbis Wire) - Kyiv said on Tuesday its forces held the town.', 'Ukraine', 'GPE', [['Kyiv', 27, 'metonym']]],
  ['KYIV, May 2 (Orbis Wire) - Kyiv said on Tuesday its forces held the town.', 'Kyiv', 'GPE', [['KYIV', 0, 'full']]],
  ['Senior Taliban officials met the envoy.', 'Taliban', 'GROUP', [['Taliban', 7, 'full']]],
  ['Parliament passed the law on Friday.', 'Parliament', 'ORG', [['Parliament', 0, 'full']]],
  ['Aid reached the districts of Kolva, Dresk and Muran on Friday.', 'Muran', 'GPE', [['Muran', 46, 'full']]],
  // Round 2: "on" inside institution names, digits in outlet names, short forms before company words, Congo aliases.
  ['The Commission on Elections said the count would resume.', 'Commission on Elections', 'ORG', [['Commission on Elections', 4, 'full']]],
  ['Analysts at the Council on Foreign Relations disagreed.', 'Council on Foreign Relations', 'ORG', [['Council on Foreign Relations', 16, 'full']]],
  ['The Office for Budget Responsibility cut its forecast.', 'Office for Budget Responsibility', 'ORG', [['Office for Budget Responsibility', 4, 'full']]],
  ['The raid was first reported by Radio 7 and later by Channel 4 News.', 'Radio 7', 'ORG', [['Radio 7', 31, 'full']]],
  ['The raid was first reported by Radio 7 and later by Channel 4 News.', 'Channel 4 News', 'ORG', [['Channel 4 News', 52, 'full']]],
  ['Delegates to the Commission on the Status of Women met in Geneva.', 'Commission on the Status of Women', 'ORG', [['Commission on the Status of Women', 17, 'full']]],
  ['Amber Ridge Mining cut output. Amber Ridge said prices fell.', 'Amber Ridge Mining', 'ORG', [['Amber Ridge', 31, 'short']]],
  ['Protestants marched through the town. The Catholic Church urged calm.', 'Protestants', 'NORP', [['Protestants', 0, 'full']]],
  ['Protestants marched through the town. The Catholic Church urged calm.', 'Catholic Church', 'ORG', [['Catholic Church', 42, 'full']]],
  ['The foreign ministry recalled Ambassador Ana Tovar on Monday.', 'Ana Tovar', 'PERSON', [['Ana Tovar', 41, 'full']]],
  ['Zielonka24 reported the raid on Friday.', 'Zielonka24', 'ORG', [['Zielonka24', 0, 'full']]],
  ['Amber Ridge said output rose. Later, Amber Ridge Mining confirmed the sale.', 'Amber Ridge Mining', 'ORG', [['Amber Ridge', 0, 'short'], ['Amber Ridge Mining', 37, 'full']]],
  ['Talvik Holdings bought a stake. Talvik said the deal had closed.', 'Talvik Holdings', 'ORG', [['Talvik', 32, 'short']]],
  ['Kinshasa said rebels had withdrawn. Congo has long accused its neighbour.', 'Democratic Republic of the Congo', 'GPE', [['Kinshasa', 0, 'metonym'], ['Congo', 36, 'full']]],
  ['Troops from Congo-Kinshasa crossed the river.', 'Democratic Republic of the Congo', 'GPE', [['Congo-Kinshasa', 12, 'full']]],
  ['Officials in Brazzaville said Congo would send aid.', 'Congo', 'GPE', [['Congo', 30, 'full']]],
  ['The Australian Communications and Media Authority (ACMA) fined the firm.', 'Australian Communications and Media Authority', 'ORG', [['ACMA', 51, 'acronym']]],
];

test('entities: found, with spans, forms and types', () => {
  for (const [text, name, type, ms] of found) {
    const { entities, mentions } = analyze(text);
    const e = entities.find((x) => x.name === name);
    assert.ok(e, `${name} not found in: ${text} (got ${entities.map((x) => x.name).join(', ')})`);
    assert.equal(e.type, type, `${name} type in: ${text}`);
    for (const [mt, start, form] of ms) {
      const m: Mention | undefined = mentions.find((x) => x.span.start === start && x.entityId === e.id);
      assert.ok(m, `mention "${mt}" at ${start} of ${name} in: ${text}`);
      assert.equal(m.text, mt);
      assert.equal(m.form, form, `form of "${mt}"`);
      assert.equal(text.slice(m.span.start, m.span.end), m.text);
    }
  }
});

/** [text, surface forms that must not be mentions] */
const notFound: Array<[string, string[]]> = [
  ['On Sunday the council met again.', ['Sunday', 'On']],
  ['The ministry said it would review the case.', ['The']],
  ['Private soldiers said they had not been paid.', ['Private']],
  ['Asked about the report, the minister declined to comment.', ['Asked']],
  ['The President said the vote would go ahead in March.', ['President', 'March']],
  ['Western diplomats said the talks had stalled.', ['Western']],
  ['The Digital Markets Act (DMA) takes effect in May.', ['Digital Markets Act', 'DMA', 'May']],
  ['Kestrel and Lindau Bank signed the deal.', ['Kestrel and Lindau Bank']],
  ['Divers inspected the Nordlink cable on Sunday.', ['Nordlink']],
  ['Warsaw will deliver four MiG-29 jets.', ['MiG-29', 'MiG']],
  ['Shares of Orvex Inc (ORVX.O) rose, while Kestrel AG (KSTG_p.DE) fell.', ['ORVX', 'KSTG', 'DE']],
  ['She is a professor of African studies in Lisbon.', ['African']],
  ['Aid workers said God would judge them at Christmas.', ['God', 'Christmas']],
  // Plural common nouns capitalised by position, products, and "on" before a date.
  ['Dockworkers said the strike would continue. Exporters warned of losses.', ['Dockworkers', 'Exporters']],
  ['Pharmacists in Velden said the shortage was worsening.', ['Pharmacists']],
  ['Velden dockworkers walked out. In Velden, Dockworkers said the strike would go on.', ['Dockworkers']],
  ['The Exporters Association met. Exporters warned of losses.', ['Exporters']],
  ['Regulators recalled Cardivel, a blood-pressure drug, after tests. Cardivel tablets were pulled.', ['Cardivel', 'Regulators']],
  ['Doctors prescribed the drug Velomax, which is sold under the name Trevix abroad.', ['Velomax', 'Trevix']],
  ['The Council on Monday approved the plan.', ['Council on Monday', 'Monday']],
  ['The Council on the whole agreed, and the Council on Ukraine met.', ['Council on the whole', 'Council on Ukraine']],
  ['The agency said it had recalled Nefrix after complaints.', ['Nefrix']],
  ['Article 5 applies to Route 66.', ['Article 5', 'Route 66', 'Article', 'Route']],
  ['Rebels Seize Key Town As Army Retreats\n\nThe army said it had withdrawn.', ['Rebels Seize Key Town As Army Retreats', 'Key Town', 'Rebels Seize Key Town']],
];

test('entities: not found', () => {
  for (const [text, forms] of notFound) {
    const { mentions } = analyze(text);
    for (const f of forms) assert.ok(!mentions.some((m) => m.text === f), `"${f}" should not be a mention in: ${text}`);
  }
});

test('entities: ids are unique slugs and every mention resolves', () => {
  const text = 'BAMAKO, May 16 (Meridian Wire) - Idris Koulibaly, a former trafficker, said Mali and the United Nations (UN) had failed. Koulibaly said the UN was absent.';
  const { entities, mentions } = analyze(text, 'Meridian Wire');
  const ids = entities.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9_]+$/);
  for (const m of mentions) assert.ok(ids.includes(m.entityId));
  const un = entities.find((e) => e.name === 'United Nations');
  assert.equal(un?.id, 'united_nations');
  assert.equal(mentions.filter((m) => m.entityId === 'united_nations').length, 3);
  assert.equal(mentions.find((m) => m.text === 'Koulibaly')?.entityId, 'idris_koulibaly');
});

test('entities: pathological inputs stay fast', () => {
  for (const text of ['Alpha Beta, '.repeat(20000) + 'and Gamma Delta said.', 'The '.repeat(20000), 'Bank of '.repeat(20000), ','.repeat(100000)]) {
    const t0 = Date.now();
    analyze(text);
    assert.ok(Date.now() - t0 < 5000, text.slice(0, 20));
  }
});
