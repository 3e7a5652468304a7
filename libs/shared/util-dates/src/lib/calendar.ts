import { formatEpochDay, parsePlainDate } from './plain-date';

// Weeks and months of plain dates, counted in UTC epoch days (days since
// 1970-01-01): every UTC day has 24 hours, so stepping by days, weeks or
// months never lands on a local-time hole. Months are Date.UTC's own
// arithmetic (a month past December is January of the next year), not
// @date-fns/utc's UTCDate: its module builds three Intl.DateTimeFormats when
// it is evaluated, ~240 ms before a department page's first chart (decision
// 0029), for two lines of arithmetic.

const MS_PER_DAY = 86_400_000;

/** The epoch day of the first day of the month `monthsAhead` after `epochDay`'s. */
function firstOfMonthAhead(epochDay: number, monthsAhead: number): number {
  const date = new Date(epochDay * MS_PER_DAY);
  const first = Date.UTC(
    date.getUTCFullYear(),
    date.getUTCMonth() + monthsAhead,
    1,
  );
  return Math.round(first / MS_PER_DAY);
}

/** The epoch day of the Monday on or before an epoch day. */
export function mondayOnOrBefore(epochDay: number): number {
  // 1970-01-01 (epoch day 0) was a Thursday, three days after a Monday.
  const sinceMonday = (((epochDay + 3) % 7) + 7) % 7;
  return epochDay - sinceMonday;
}

/** The epoch day of the first day of the calendar month of an epoch day. */
export function firstOfMonth(epochDay: number): number {
  return firstOfMonthAhead(epochDay, 0);
}

/** The epoch day of the first day of the following calendar month. */
export function firstOfNextMonth(epochDay: number): number {
  return firstOfMonthAhead(epochDay, 1);
}

/**
 * The plain date `days` days after `date` (before it when negative).
 * @throws RangeError when `date` is not an ISO plain date or `days` is not
 * an integer.
 */
export function addDays({
  date,
  days,
}: {
  date: string;
  days: number;
}): string {
  if (!Number.isInteger(days)) {
    throw new RangeError(`days must be an integer, got ${days}`);
  }
  return formatEpochDay(parsePlainDate(date, 'date') + days);
}
