// Plain calendar arithmetic in UTC on {year, month, day}: no time zones, no clocks.

/** A calendar day. Example: {year: 2020, month: 6, day: 8}. */
export interface Ymd {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD; null when it is not a real date. Example: '2020-06-08' → {year: 2020, month: 6, day: 8}. */
export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromDayNumber(dayNumber(d));
  return back.year === d.year && back.month === d.month && back.day === d.day ? d : null;
}

/** Days since 1970-01-01. */
export function dayNumber(d: Ymd): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday (chrono's numbering). */
export function weekdayOf(d: Ymd): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** Month `offset` months after (year, month). Example: (2021, 1, -1) → {year: 2020, month: 12}. */
export function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + offset;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

/** True when (year, month, day) is a real calendar day (no 31 June, 29 Feb only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const back = fromDayNumber(dayNumber({ year, month, day }));
  return back.year === year && back.month === month && back.day === day;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** ISO 8601 week of a day, as YYYY-Www (the week-year may differ from the calendar year). Example: 2018-02-12 → 2018-W07. */
export function formatIsoWeek(d: Ymd): string {
  // The Thursday of d's week decides the ISO year; weeks count from the week holding 4 January.
  const iso = (weekdayOf(d) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(dayNumber(d) - iso + 3);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}
