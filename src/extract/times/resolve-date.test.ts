import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, formatIsoWeek, parseYmd, type Ymd } from './calendar.js';
import type { FutureCue } from './future-cue.js';
import { resolveMonthDay, resolveMonthYear, resolveWeekday, resolveWeekdayInWeek } from './resolve-date.js';

const day = (iso: string): Ymd => {
  const d = parseYmd(iso);
  if (!d) throw new Error(iso);
  return d;
};

test('ISO weeks, including week 53 and weeks that belong to the next or previous year', () => {
  const cases: Array<[string, string]> = [
    ['2018-02-12', '2018-W07'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2019-12-30', '2020-W01'],
    ['2024-03-08', '2024-W10'],
  ];
  for (const [iso, week] of cases) assert.equal(formatIsoWeek(day(iso)), week, iso);
});

test('parseYmd refuses dates that do not exist', () => {
  assert.equal(parseYmd('2021-02-29'), null);
  assert.equal(parseYmd('2020-13-01'), null);
  assert.equal(parseYmd('June 8'), null);
  assert.deepEqual(parseYmd('2020-02-29'), { year: 2020, month: 2, day: 29 });
});

test('a yearless day: the last one, unless the next is near or cued', () => {
  // [month, day, published, future cue, expected]
  const cases: Array<[number, number, string, FutureCue, string | null]> = [
    [4, 29, '2019-05-16', null, '2019-04-29'],
    [5, 16, '2019-05-16', null, '2019-05-16'], // the publication day itself
    [12, 30, '2021-01-03', null, '2020-12-30'], // across the year boundary
    [1, 10, '2020-12-28', null, '2021-01-10'], // near future, across the boundary
    [3, 6, '2020-02-27', null, '2020-03-06'],
    [9, 4, '2021-03-15', null, '2020-09-04'], // six months ahead, no cue: the past one
    [9, 4, '2021-03-15', 'clause', '2021-09-04'], // with a cue
    [7, 4, '2021-03-15', 'adjacent', '2021-07-04'], // "until July 4": the nearer one
    [11, 4, '2021-03-15', 'adjacent', '2020-11-04'],
    [2, 29, '2021-03-10', null, '2020-02-29'],
    [2, 30, '2021-03-10', null, null],
  ];
  for (const [m, d, pub, cue, want] of cases) {
    const got = resolveMonthDay(m, d, day(pub), cue);
    assert.equal(got && formatDay(got), want, `${m}/${d} on ${pub}`);
  }
});

test('a bare month: this one or the last, or with a cue this one or the next', () => {
  assert.equal(resolveMonthYear(5, day('2020-06-08'), null), 2020);
  assert.equal(resolveMonthYear(6, day('2020-06-08'), null), 2020);
  assert.equal(resolveMonthYear(12, day('2021-01-03'), null), 2020);
  assert.equal(resolveMonthYear(3, day('2024-11-26'), null), 2024);
  assert.equal(resolveMonthYear(2, day('2024-11-26'), null), 2024); // three months ahead is still the past one
  assert.equal(resolveMonthYear(3, day('2024-11-26'), 'clause'), 2025);
  assert.equal(resolveMonthYear(11, day('2024-11-26'), 'clause'), 2024);
  assert.equal(resolveMonthYear(3, day('2023-01-03'), 'adjacent'), 2023); // "until March"
  assert.equal(resolveMonthYear(10, day('2023-11-20'), 'adjacent'), 2023); // "by October": the past one is nearer
});

test('weekdays: on or before publication, strictly before for "last", after for "next"', () => {
  const monday = day('2020-06-08');
  assert.equal(formatDay(resolveWeekday(0, monday, 'on-or-before')), '2020-06-07');
  assert.equal(formatDay(resolveWeekday(1, monday, 'on-or-before')), '2020-06-08');
  assert.equal(formatDay(resolveWeekday(1, monday, 'before')), '2020-06-01');
  assert.equal(formatDay(resolveWeekday(2, monday, 'on-or-before')), '2020-06-02');
  assert.equal(formatDay(resolveWeekday(1, monday, 'after')), '2020-06-15');
  assert.equal(formatDay(resolveWeekday(4, day('2021-01-03'), 'on-or-before')), '2020-12-31');
  assert.equal(formatDay(resolveWeekdayInWeek(0, monday, -1)), '2020-06-07');
  assert.equal(formatDay(resolveWeekdayInWeek(3, monday, 1)), '2020-06-17');
});
