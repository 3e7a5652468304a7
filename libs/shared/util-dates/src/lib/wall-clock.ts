/**
 * Years a timestamp may name. Wider than any service desk's history, narrow
 * enough that a typo (`0226`, `20266`) is caught rather than stored.
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;

/** The fields of a written date and time, before any zone is applied. */
export type WallClockFields = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

/**
 * What a format read from a text: the wall-clock time written as if it were
 * UTC (`Date.UTC` of the fields) and the offset the text gave, if any
 * (milliseconds east of UTC).
 */
export type WallClockReading = { wallClockMs: number; offsetMs: number | null };

/**
 * A format's verdict on one text: read; or `shape: false` when the text does
 * not look like the format at all (the next format may read it); or
 * `shape: true` when it does but names no real time (31 April, 13 PM).
 */
export type FormatResult =
  | { ok: true; value: WallClockReading }
  | { ok: false; shape: boolean; problem?: string };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * `Date.UTC` of the fields, or null when they name no real date and time
 * (30 February, 24:00, minute 60) or a year outside FIRST_YEAR..LAST_YEAR.
 */
export function wallClockMs(fields: WallClockFields): number | null {
  const { year, month, day, hour, minute, second, millisecond } = fields;
  if (
    year < FIRST_YEAR ||
    year > LAST_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1
  )
    return null;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (
    day > days ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    millisecond > 999
  )
    return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
}

/** `YYYY-MM-DD` of a wall-clock time given as `Date.UTC` of its fields. */
export function plainDateOf(wallClock: number): string {
  return new Date(wallClock).toISOString().slice(0, 10);
}
