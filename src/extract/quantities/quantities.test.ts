import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.js';
import type { Quantity } from '../../model/quantity.js';
import { buildDoc } from '../../nlp/build-doc.js';
import { quantitiesExtractor } from './index.js';

// Fictional sentences in news style; each case names the quantity it expects by its span text.
const extract = quantitiesExtractor.create();
const article = (text: string): Article => ({
  id: 't', outlet: null, published: '2024-03-05', title: null, url: null, text, origin: { file: 't.txt', line: null, format: 'text' },
});
const run = (text: string): readonly Quantity[] => extract(buildDoc(article(text)), {});

interface Expected {
  value?: number | null;
  low?: number | null;
  high?: number | null;
  item?: string | null;
  unit?: string | null;
}

const found: Array<[string, Expected, string]> = [
  // exact counts, with the counted item
  ['The rebels seized 12 trucks near Korvel on Friday.', { value: 12, item: 'trucks' }, '12 trucks'],
  ['Three soldiers were killed in the ambush, the army said.', { value: 3, item: 'soldiers' }, 'Three soldiers'],
  ['India sent two military helicopters to the valley.', { value: 2, item: 'military helicopters' }, 'two military helicopters'],
  ['A health worker said 19 wounded people had been brought in.', { value: 19, item: 'wounded people' }, '19 wounded people'],
  ['The state daily said 14 "bandits" had been killed.', { value: 14, item: '"bandits"' }, '14 "bandits"'],
  ['The unit deployed 45 disaster-response personnel.', { value: 45, item: 'disaster-response personnel' }, '45 disaster-response personnel'],
  ['The alliance recruited thirty-five volunteers.', { value: 35 }, 'thirty-five volunteers'],
  ['The firm employs two hundred and fifty workers.', { value: 250 }, 'two hundred and fifty workers'],
  // money, percentages, measures
  ['The court ordered Varo to pay 4.5 million euros in damages.', { value: 4_500_000, unit: 'EUR', item: null }, '4.5 million euros'],
  ['The fund paid $4.96 million to the victims.', { value: 4_960_000, unit: 'USD' }, '$4.96 million'],
  ['Losses reached A$86 million last year.', { value: 86_000_000, unit: 'AUD' }, 'A$86 million'],
  ['The group is valued at about €4.1 billion.', { value: 4_100_000_000, unit: 'EUR' }, 'about €4.1 billion'],
  ['The bank lost $2.3bn in the quarter.', { value: 2_300_000_000, unit: 'USD' }, '$2.3bn'],
  ['The scheme will cost Rs 500 crore.', { value: 5_000_000_000, unit: 'INR' }, 'Rs 500 crore'],
  ['Inflation rose to 7.2 per cent in March.', { value: 7.2, unit: 'percent' }, '7.2 per cent'],
  ['The party won 52.4% of the vote.', { value: 52.4, unit: 'percent' }, '52.4%'],
  ['The bank raised rates by 2 percentage points.', { value: 2, unit: 'percentage points' }, '2 percentage points'],
  ['The ship was held about 30 nautical miles from the coast.', { value: 30, item: 'nautical miles' }, 'about 30 nautical miles'],
  ['The mine produced 1.4 million tonnes of copper.', { value: 1_400_000, item: 'tonnes' }, '1.4 million tonnes'],
  ['The shares traded at six times the usual volume.', { value: 6 }, 'six times'],
  ['A judge sentenced Oren Malk to 18 years in prison.', { value: 18, item: 'years' }, '18 years in prison'],
  // bounds
  ['The clashes killed at least 47 Ravine Front fighters.', { low: 47, value: null }, 'at least 47 Ravine Front fighters'],
  ['More than 900 Corvians were recruited in May.', { low: 900, item: 'Corvians' }, 'More than 900 Corvians'],
  ['The group has up to 1,200 fighters in the region.', { high: 1200, item: 'fighters' }, 'up to 1,200 fighters'],
  ['Turnout was nearly 90 per cent.', { high: 90, unit: 'percent' }, 'nearly 90 per cent'],
  ['The deal is worth almost $4 billion.', { high: 4_000_000_000, unit: 'USD' }, 'almost $4 billion'],
  ['Food aid reached fewer than 50,000 of them.', { high: 50_000 }, 'fewer than 50,000 of them'],
  ['Shares fell as much as 38% on Tuesday.', { high: 38, unit: 'percent' }, 'as much as 38%'],
  ['The offering was more than eight times oversubscribed.', { low: 8 }, 'more than eight times'],
  ['Masked men with at least one pistol stormed the station.', { low: 1, item: 'pistol' }, 'at least one pistol'],
  ['Some 300 or more families fled.', { low: 300 }, 'Some 300 or more families'],
  // approximations keep the value
  ['Judges found that he sent about 300 fighters to the town.', { value: 300, item: 'fighters' }, 'about 300 fighters'],
  ['The army keeps some 35,000 troops on the island.', { value: 35_000, item: 'troops' }, 'some 35,000 troops'],
  ['About a dozen gunmen attacked the post.', { value: 12, item: 'gunmen' }, 'About a dozen gunmen'],
  ['Investigators found that about two dozen engineers altered data.', { value: 24 }, 'about two dozen engineers'],
  ['The ministry said nearly half a million people had no power.', { high: 500_000 }, 'nearly half a million people'],
  // ranges
  ['The brigade pays new fighters between $150 and $300 a month.', { low: 150, high: 300, unit: 'USD' }, 'between $150 and $300 a month'],
  ['Analysts put the bill at between €1.5 billion and €2.3 billion.', { low: 1.5e9, high: 2.3e9, unit: 'EUR' }, 'between €1.5 billion and €2.3 billion'],
  ['Voters were offered between 500 and 1,000 shillings.', { low: 500, high: 1000, unit: 'KES' }, 'between 500 and 1,000 shillings'],
  ['"They arrive at night, 20 or 30 at a time," he said.', { low: 20, high: 30 }, '20 or 30 at a time'],
  ['The drones cost $1,000 to $2,000 each.', { low: 1000, high: 2000, unit: 'USD' }, '$1,000 to $2,000 each'],
  ['One or two drones were seen.', { low: 1, high: 2, item: 'drones' }, 'One or two drones'],
  ['About 2000 people fled.', { value: 2000 }, 'About 2000 people'],
  ['Police detained 10-15 suspects.', { low: 10, high: 15, item: 'suspects' }, '10-15 suspects'],
  ['Prices were up 3 to 5 percent.', { low: 3, high: 5, unit: 'percent' }, '3 to 5 percent'],
  ['The repairs will cost between 2 and 3 million euros.', { low: 2e6, high: 3e6, unit: 'EUR' }, 'between 2 and 3 million euros'],
  // vague amounts
  ['The militia recruited hundreds of Dravians since January.', { low: 200, high: 999, item: 'Dravians' }, 'hundreds of Dravians'],
  ['Dozens of roads were blocked by landslides.', { low: 24, high: 99, item: 'roads' }, 'Dozens of roads'],
  ['Thousands of families drink from open wells.', { low: 2000, high: 9999, item: 'families' }, 'Thousands of families'],
  ['Tens of thousands of people were forced into shelters.', { low: 20_000, high: 99_999, item: 'people' }, 'Tens of thousands of people'],
  ['The war has cost tens of billions of dollars.', { low: 20e9, high: 99e9, unit: 'USD' }, 'tens of billions of dollars'],
  ['The rebels seized dozens of drones and armoured vehicles.', { low: 24, high: 99, item: 'drones and armoured vehicles' }, 'dozens of drones and armoured vehicles'],
  ['A 5,000-strong force crossed the river.', { value: 5000, item: 'force' }, '5,000-strong force'],
  ['About 200 000 people watched the parade.', { value: 200_000, item: 'people' }, 'About 200 000 people'],
  ['The firm hired 100-plus engineers.', { low: 100, item: 'engineers' }, '100-plus engineers'],
  // bare numbers and partitives
  ['The station put the number of stations affected at 14.', { value: 14, item: null }, '14'],
  ['Seven of the dead were women, he said.', { value: 7 }, 'Seven'],
  ['Four people died, three of them children, he said.', { value: 3, item: null }, 'three of them'],
  ['Police said nine people had been arrested, up from six on Sunday.', { value: 6 }, 'six'],
  ['The win gives the party 23 of the 67 seats in the Senate.', { value: 67, item: 'seats' }, '67 seats'],
  ['Officials said 40 more were missing, adding that 12 bodies were found.', { value: 40 }, '40'],
  ['Five soldiers were killed on Tuesday, two security sources said.', { value: 5, item: 'soldiers' }, 'Five soldiers'],
  ['Two people were killed and five wounded, residents said.', { value: 2, item: 'people' }, 'Two people'],
  ['Some 3,000 protesters said they would return on Sunday.', { value: 3000 }, 'Some 3,000 protesters'],
  ['Dozens of residents told reporters the water was dirty.', { low: 24, high: 99 }, 'Dozens of residents'],
  ['Marrow Foods, which employs some 8,200 staff and reported sales of 2 billion euros, said so.', { value: 8_200 }, 'some 8,200 staff'],
];

const notFound: Array<[string, string]> = [
  ['BAMAKO, May 16 (Sahel Wire) - Fighting resumed.', '16'],
  ['The report, dated April 29, was leaked.', '29'],
  ['Testing ran between June 1 and July 16 at the site.', '1'],
  ['The island has been split since 1974, when troops landed.', '1974'],
  ['The firm booked the revenue between 2016 and 2018.', '2016'],
  ['The strike began at 6 a.m. on Monday.', '6'],
  ['Article 17 of the treaty was invoked.', '17'],
  ['Flight 209 landed safely.', '209'],
  ['A Boeing 737 was grounded.', '737'],
  ['The court jailed Miro Tandel, 52, on Friday.', '52'],
  ['A 25-year-old man was among the dead.', '25'],
  ['Residents said two boys, aged 12 and 14, were wounded.', '14'],
  ['The 1990s were calm, until COVID-19 struck.', '19'],
  ['The third candidate took the 1st place in the 2nd round.', '1st'],
  ['The two companies agreed to merge.', 'two'],
  ['One of the vessels was a Russian-flagged carrier.', 'One'],
  ['Three people familiar with the matter told the Ledger about the deal.', 'Three'],
  ['The daily reported, citing two army officers, that the brigade moved.', 'two'],
  ['The deal stalled, according to two people close to the group.', 'two'],
  ['Two coal traders in Ostmark, who asked not to be named because they lacked authority, said buyers waited.', 'Two'],
  ['Reuters reported five opposition sources as saying the drive accelerated.', 'five'],
  ['Two former company engineers told the paper the wall had cracked.', 'Two'],
  ['"I learned of this two days ago," he said.', 'two'],
  ['The company will report half-year results soon.', 'half'],
  ['Veterans of the Group of Seven talks met.', 'Seven'],
  ['The one-year deal was signed.', 'one'],
  ['Nine former employees interviewed by the paper described pressure to hit targets.', 'Nine'],
  ['Two analysts polled by the agency expect a rate cut.', 'Two'],
  ['Five soldiers were killed on Tuesday, two security sources said.', 'two'],
  ['"We counted the bodies," said two residents of the village.', 'two'],
  ['Two officials did not respond to requests for comment.', 'Two'],
  ['Vaccines reached children under 5 in the district.', '5'],
  ['The clinic runs 24/7 with new staff.', '24'],
  ['Agent 007 returned with 12 files.', '007'],
  ['The 2019 protests ended before the 2019-2020 season.', '2019'],
  ['Growth over 2019 was weak.', '2019'],
  ['The carrier moved 5G equipment to the sites.', '5G'],
  ['The president, 71, said the package would help.', '71'],
];

function near(actual: number | null, expected: number | null): boolean {
  if (actual == null || expected == null) return actual === expected;
  return Math.abs(actual - expected) <= Math.abs(expected) * 1e-12;
}

test('quantities: found with their numbers, item and exact span', () => {
  for (const [text, want, spanText] of found) {
    const qs = run(text);
    const q = qs.find((x) => x.text === spanText);
    assert.ok(q, `${text}\n  no quantity "${spanText}" in ${JSON.stringify(qs.map((x) => x.text))}`);
    assert.equal(text.slice(q.span.start, q.span.end), q.text);
    for (const k of ['value', 'low', 'high'] as const) {
      const expected = want[k] === undefined ? (k === 'value' && want.low == null && want.high == null ? undefined : null) : want[k];
      if (expected !== undefined) assert.ok(near(q[k], expected), `${text}\n  ${k}: ${q[k]} (expected ${expected})`);
    }
    if (want.item !== undefined) assert.equal(q.item, want.item, `${text}: item`);
    if (want.unit !== undefined) assert.equal(q.unit, want.unit, `${text}: unit`);
    assert.match(q.rule, /^quantities\/[a-z-]+$/);
  }
});

test('quantities: dates, years, clocks, labels, ages, ordinals, anaphora and source counts are not amounts', () => {
  for (const [text, number] of notFound) {
    const qs = run(text);
    const hit = qs.find((q) => q.text.split(/[\s,-]+/).some((w) => w === number));
    assert.equal(hit, undefined, `${text}\n  "${number}" was read as ${JSON.stringify(hit)}`);
  }
});

test('quantities: a joined number elsewhere in the sentence is still read', () => {
  const qs = run('Police arrested 14 people, including two party agents, on suspicion of bribery.');
  assert.deepEqual(qs.map((q) => [q.text, q.value]), [['14 people', 14], ['two party agents', 2]]);
});

test('quantities: two amounts in different units are not a range', () => {
  const qs = run('Oil fell 2% to $81.40 a barrel, and profit rose 12 percent to 4.2 billion yuan.');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit]), [
    ['2%', 2, 'percent'],
    ['$81.40 a barrel', 81.4, 'USD'],
    ['12 percent', 12, 'percent'],
    ['4.2 billion yuan', 4_200_000_000, 'CNY'],
  ]);
});

test('quantities: linear on pathological lines', () => {
  for (const text of [','.repeat(100_000), '7'.repeat(100_000), '1,'.repeat(50_000), '12 '.repeat(30_000), 'between 5 and '.repeat(10_000)]) {
    const doc = buildDoc(article(text));
    const t0 = performance.now();
    const qs = extract(doc, {});
    const ms = performance.now() - t0;
    if (process.env['QUANTITIES_TIMING']) console.log(`${text.slice(0, 12)}…: ${ms.toFixed(1)} ms`);
    assert.ok(ms < 3000, `${text.slice(0, 20)}… took ${ms.toFixed(0)} ms`);
    for (const q of qs) assert.equal(text.slice(q.span.start, q.span.end), q.text);
  }
});
