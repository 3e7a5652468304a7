// A plain date (YYYY-MM-DD) names a calendar day, not an instant. Read as
// local midnight it can drift: in Pacific/Apia, where 2011-12-30 never
// happened, local midnight of that date is the 31st. Counting in UTC days,
// where every day has 24 hours, has no such hole; calendar.ts does the week
// and month arithmetic on the same count.

const MS_PER_DAY = 86_400_000;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Days since 1970-01-01 of an ISO plain date `YYYY-MM-DD`, or null when the
 * text is not one (wrong shape, or a day the calendar lacks: 2026-02-29).
 */
export function toEpochDay(value: string): number | null {
  const match = PLAIN_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC treats years 0–99 as 1900–1999; setUTCFullYear does not.
  date.setUTCFullYear(year);
  const sameDay =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return sameDay ? Math.round(date.getTime() / MS_PER_DAY) : null;
}

export function isPlainDate(value: string): boolean {
  return toEpochDay(value) !== null;
}

/** The weekday of an ISO plain date, or null when it is not one. */
export function weekdayOf(value: string): Weekday | null {
  const epochDay = toEpochDay(value);
  if (epochDay === null) return null;
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return WEEKDAYS[(((epochDay + 3) % 7) + 7) % 7];
}

// toEpochDay reads four-digit years only, so formatting stays in that range.
const MIN_EPOCH_DAY = -719_528; // 0000-01-01
const MAX_EPOCH_DAY = 2_932_896; // 9999-12-31

/**
 * Epoch day of an ISO plain date; throws a RangeError naming `field` when
 * the text is not one (wrong shape, or a day the calendar lacks).
 */
export function parsePlainDate(value: string, field: string): number {
  const epochDay = typeof value === 'string' ? toEpochDay(value) : null;
  if (epochDay === null) {
    throw new RangeError(
      `${field} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return epochDay;
}

/** The ISO plain date `YYYY-MM-DD` of an epoch day. */
export function formatEpochDay(epochDay: number): string {
  if (
    !Number.isInteger(epochDay) ||
    epochDay < MIN_EPOCH_DAY ||
    epochDay > MAX_EPOCH_DAY
  ) {
    throw new RangeError(`no plain date for epoch day ${epochDay}`);
  }
  const date = new Date(epochDay * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
