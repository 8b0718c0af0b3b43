import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import type { TimeExpr } from '../../model/time-expr.js';
import { buildDoc } from '../../nlp/build-doc.js';
import { timesExtractor } from './index.js';

const extract = timesExtractor.create();

function timesIn(text: string, published: string): readonly TimeExpr[] {
  const article: Article = { id: 't', outlet: null, published, title: null, url: null, text, origin: { file: 'test', line: null, format: 'text' } };
  return extract(buildDoc(article), {});
}

// [sentence, published, expected value, expected span text]. The span is also checked by offset: the
// first occurrence of the span text in the sentence.
const found: Array<[string, string, string, string]> = [
  ['Rebel units seized the river crossing in May, two officials said.', '2020-06-08', '2020-05', 'in May'],
  ['The ministry said last year that it would hire more inspectors.', '2020-06-08', '2019', 'last year'],
  ['Police said yesterday they had detained two men.', '2020-06-08', '2020-06-07', 'yesterday'],
  ['The envoy landed the day before yesterday.', '2020-06-08', '2020-06-06', 'the day before yesterday'],
  ['The council voted on Sunday to close the port.', '2020-06-08', '2020-06-07', 'on Sunday'], // published on a Monday
  ['The council voted on Sunday to close the port.', '2020-06-07', '2020-06-07', 'on Sunday'], // published on that Sunday
  ['The council will vote on Friday.', '2020-06-08', '2020-06-05', 'on Friday'], // never a future weekday
  ['A memo dated April 29 puts the unit at 300 men.', '2019-05-16', '2019-04-29', 'April 29'],
  ['The brigade had about 400 fighters late last year.', '2019-05-16', '2018', 'late last year'],
  ['The clinic first opened in 2013 with eight beds.', '2016-07-21', '2013', 'in 2013'],
  ['The clinic closed after a coup in March 2013.', '2016-07-21', '2013-03', 'in March 2013'],
  ['More than 600 homes have flooded this year.', '2019-05-16', '2019', 'this year'],
  ['Exports fell by a third last month.', '2021-01-03', '2020-12', 'last month'], // across a year boundary
  ['Inspectors will return next week.', '2020-12-30', '2021-W01', 'next week'], // 2020 has a week 53
  ['The index lost 6% last week.', '2018-02-12', '2018-W06', 'last week'],
  ['The board met twice this week.', '2020-02-27', '2020-W09', 'this week'],
  ['Gunmen raided a depot earlier this month.', '2019-05-16', '2019-05', 'earlier this month'],
  ['Fighting raged near the dam on Tuesday and Wednesday.', '2019-05-16', '2019-05-14', 'on Tuesday'],
  ['Fighting raged near the dam on Tuesday and Wednesday.', '2019-05-16', '2019-05-15', 'Wednesday'],
  ['KORVALA, May 16 (Example Wire) - Troops entered the capital.', '2019-05-16', '2019-05-16', 'May 16'],
  ['TARNOW, Jan. 4 (Example Wire) - The port reopened.', '2022-01-04', '2022-01-04', 'Jan. 4'],
  ['The ferry sank in December, the coastguard said.', '2021-01-03', '2020-12', 'in December'],
  ['The ferry sank on December 30, the coastguard said.', '2021-01-03', '2020-12-30', 'on December 30'],
  ['The ferry sank on Thursday, the coastguard said.', '2021-01-03', '2020-12-31', 'on Thursday'],
  ['Selma Varga will lead the list in the June 22 general election.', '2025-04-14', '2025-06-22', 'June 22'],
  ['The ministry gave the firm until March 6 to respond.', '2020-02-27', '2020-03-06', 'until March 6'],
  ['Talks between the parties are due to resume in March.', '2024-11-26', '2025-03', 'in March'],
  ['The law took full effect in February, officials said.', '2024-11-26', '2024-02', 'in February'],
  ['Turnout fell from 61% in August last year.', '2023-11-20', '2022-08', 'in August last year'],
  ['The mill stopped work in late October last year.', '2024-03-08', '2023-10', 'in late October last year'],
  ['Auditors flagged the gap as early as last October.', '2020-02-27', '2019-10', 'last October'],
  ['"I learned of this two days ago," he said.', '2016-08-03', '2016-08-01', 'two days ago'],
  ['Raiders have hit the villages since late 2019.', '2021-03-15', '2019', 'since late 2019'],
  ['Ballot boxes vanished during Saturday\'s by-election.', '2022-06-26', '2022-06-25', 'Saturday'],
  ['The cable was damaged early on Sunday.', '2022-10-05', '2022-10-02', 'early on Sunday'],
  ['Gunmen attacked a post on Tuesday night.', '2021-03-18', '2021-03-16', 'on Tuesday night'],
  ['The 2018 outbreak in the capital was worse.', '2021-03-18', '2018', '2018'],
  ['Revenue was booked between 2016 and 2018.', '2019-09-10', '2016', '2016'],
  ['Revenue was booked between 2016 and 2018.', '2019-09-10', '2018', '2018'],
  ['Cases were counted between June 1 and July 16.', '2022-07-19', '2022-07-16', 'July 16'],
  ['"Today\'s ruling is a warning," the judge said.', '2025-01-22', '2025-01-22', 'Today'],
  ['Output has slumped since mid-2019.', '2021-03-18', '2019', 'since mid-2019'],
  ['The plant should reopen by the end of the year.', '2021-03-18', '2021', 'the end of the year'],
  ['The levy was first paid on Feb. 29.', '2021-03-10', '2020-02-29', 'on Feb. 29'],
  ['The post was first held on 17 May 2020.', '2021-03-10', '2020-05-17', 'on 17 May 2020'],
  ['Growth slowed in the first quarter of 2017.', '2021-03-10', '2017', '2017'],
  ['The army said three months ago that it had won.', '2021-03-10', '2020-12', 'three months ago'],
  ['Voting ends on Sunday last week.', '2020-06-10', '2020-06-07', 'on Sunday last week'],
  ['The levy stays until the end of March, the ministry said.', '2023-03-15', '2023-03', 'until the end of March'],
  ['The treaty takes effect on 5th March.', '2023-03-15', '2023-03-05', 'on 5th March'],
  ['The mill reopened on Tuesday, March 14.', '2023-03-15', '2023-03-14', 'on Tuesday, March 14'],
  ['Hospitals filled up in May, Dr. Ilse Vong told reporters.', '2023-03-15', '2022-05', 'in May'],
  ['The Tuesday meeting was cancelled.', '2023-03-15', '2023-03-14', 'Tuesday'],
  ['The rebels said they would hand over weapons next Tuesday.', '2023-03-15', '2023-03-21', 'next Tuesday'],
  ['The plant, shut last December, may reopen.', '2023-03-15', '2022-12', 'last December'],
  ['Emergency rule could end next January.', '2023-03-15', '2024-01', 'next January'],
  ['A truce was agreed a week ago.', '2023-03-15', '2023-W10', 'a week ago'],
  ['Last year\'s drought halved the harvest.', '2023-03-15', '2022', 'Last year'],
  ['If the dams stay this low until March, every farm will suffer.', '2023-01-03', '2023-03', 'until March'],
  ['Shelling resumed on New Year\'s Eve, residents said.', '2021-01-03', '2020-12-31', 'on New Year\'s Eve'],
  ['A truce is due by Valentine\'s Day.', '2021-01-03', '2021-02-14', 'Valentine\'s Day'],
  // Future cues must really be about the future: "due to" a cause, "plan" the noun, "set up" are not.
  ['Floods due to heavy rains in March killed 20.', '2023-01-10', '2022-03', 'in March'],
  ['Talks are due to resume in March.', '2023-01-10', '2023-03', 'in March'],
  ['The plan approved in March failed.', '2023-01-10', '2022-03', 'in March'],
  ['They plan to vote in March.', '2023-01-10', '2023-03', 'in March'],
  ['The body was set up in March.', '2023-01-10', '2022-03', 'in March'],
  ['Parliament is set to vote in March.', '2023-01-10', '2023-03', 'in March'],
  ['The talks, held in March, will resume.', '2023-01-10', '2022-03', 'in March'],
];

// [sentence, published]: nothing here places anything in time.
const notFound: Array<[string, string]> = [
  ['Up to 1,200 fighters crossed the border.', '2020-06-08'],
  ['He was sentenced to 18 years in prison.', '2020-06-08'],
  ['The permit costs $300 and lasts two weeks.', '2020-06-08'],
  ['Violence has risen sharply in recent months.', '2020-06-08'],
  ['The two clans have feuded for years.', '2020-06-08'],
  ['Councillor Edna May said the plan may still work.', '2020-06-08'],
  ['The Sunday Times printed the letter.', '2020-06-08'],
  ['Crowds gathered to mark Bloody Sunday.', '2020-06-08'],
  ['About 2000 people fled, and prices rose 2015%.', '2020-06-08'],
  ['A 2000-strong force landed at 1800 GMT.', '2020-06-08'],
  ['Soldiers killed 2000 goats on the farm.', '2020-06-08'],
  ['The firm said it was ready now.', '2020-06-08'],
  ['The style was popular in the 1990s.', '2020-06-08'],
  ['The vote was carried 6/8 by the panel.', '2020-06-08'],
  ['Within two weeks the militia had grown.', '2020-06-08'],
  ['Two days later the convoy left.', '2020-06-08'],
  ['Protesters will march to the square.', '2020-06-08'],
  ['The sun rose over the hills at 6 a.m.', '2020-06-08'],
  ['The share price closed at 19.50 euros.', '2020-06-08'],
  ['The new rules may 5 times raise the cost.', '2020-06-08'],
  ['Senator April Dunmore told June Okafor the bill was dead.', '2020-06-08'],
  ['Markets close early every Friday.', '2020-06-08'],
  ['Traffic on Route 2012 stalled during the Resolution 2231 debates.', '2020-06-08'],
  ['The rally drew crowds at the weekend and again last weekend.', '2020-06-08'],
  ['Voters go to the polls for the second time this decade at 10:30 a.m.', '2020-06-08'],
  ['Prices have doubled over the last year and may rise in the next month.', '2020-06-08'],
  ['Sales reached 21 units, up from 14 a year earlier and 9 two years before.', '2020-06-08'],
];

test('times: found, with value and span', () => {
  const wrong: string[] = [];
  for (const [text, published, value, spanText] of found) {
    const got = timesIn(text, published);
    const hit = got.find((t) => t.value === value && t.text === spanText);
    const at = text.indexOf(spanText);
    if (!hit || hit.span.start !== at || hit.span.end !== at + spanText.length || !/^times\/[a-z-]+$/.test(hit.rule))
      wrong.push(`${JSON.stringify(text)} (${published}): want ${value} "${spanText}" at ${at}, got ${JSON.stringify(got.map((t) => [t.value, t.text, t.span.start]))}`);
  }
  assert.deepEqual(wrong, []);
});

test('times: not found', () => {
  const wrong = notFound
    .map(([text, published]) => [text, timesIn(text, published).map((t) => `${t.text}=${t.value}`)] as const)
    .filter(([, got]) => got.length > 0)
    .map(([text, got]) => `${JSON.stringify(text)}: ${got.join(', ')}`);
  assert.deepEqual(wrong, []);
});

test('times: grain and anchoring follow what the words fixed', () => {
  const got = timesIn('In 2014 and last week and on Monday and in May 2013 the mill ran.', '2020-06-10');
  assert.deepEqual(
    got.map((t) => [t.text, t.grain, t.anchoredOn]),
    [
      ['In 2014', 'year', 'absolute'],
      ['last week', 'week', 'published'],
      ['on Monday', 'day', 'published'],
      ['in May 2013', 'month', 'absolute'],
    ],
  );
});

test('times: one item per occurrence, in text order', () => {
  const text = 'It rose in May. It fell in May. Officials said in May that it would stop.';
  const starts = [...text.matchAll(/in May/g)].map((m) => m.index);
  assert.equal(starts.length, 3);
  assert.deepEqual(timesIn(text, '2020-06-08').map((t) => t.span.start), starts);
});

test('times: a bad publication date gives no times rather than wrong ones', () => {
  assert.deepEqual(timesIn('The port closed on Sunday.', 'unknown'), []);
});
