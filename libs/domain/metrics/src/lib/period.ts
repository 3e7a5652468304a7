import {
  FieldProblem,
  fieldProblem,
} from '@esm-planner/shared-util-field-problems';
import {
  firstOfMonth,
  firstOfNextMonth,
  formatEpochDay,
  Instant,
  localEpochDay,
  mondayOnOrBefore,
  parseInstant,
  parsePlainDate,
} from '@esm-planner/shared-util-dates';

/** WEEK = Monday to Sunday; MONTH = calendar month (domain §3). */
export const GRAINS = ['WEEK', 'MONTH'] as const;

export type Grain = (typeof GRAINS)[number];

export function isGrain(value: unknown): value is Grain {
  return (
    typeof value === 'string' && (GRAINS as readonly string[]).includes(value)
  );
}

/** The organisation's time zone when it has not set one (domain §3). */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * A guard for the API, not a rule of the domain: a range of more periods
 * than this (over 11 years of weeks, 50 of months) is refused by
 * metricRangeProblems.
 */
export const MAX_METRIC_PERIODS = 600;

// Gregorian calendar and Latin digits whatever the runtime's default locale.
/**
 * The calendar date, in the time zone, on which an instant falls: the date
 * a person there reads on their calendar. `2026-03-01T23:30:00Z` is
 * 2026-03-02 in Europe/Paris (UTC+1) and 2026-03-01 in UTC.
 * @throws RangeError for an invalid instant or an unknown time zone.
 */
export function localDate({
  at,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  at: Instant;
  timeZone?: string;
}): string {
  return formatEpochDay(localEpochDay(parseInstant(at, 'at'), timeZone));
}

/** Epoch day of the start of the period that contains an epoch day. */
export function periodStartEpochDay(epochDay: number, grain: Grain): number {
  return grain === 'WEEK' ? mondayOnOrBefore(epochDay) : firstOfMonth(epochDay);
}

/** Epoch day of the start of the period after the one starting on `start`. */
export function nextPeriodEpochDay(start: number, grain: Grain): number {
  return grain === 'WEEK' ? start + 7 : firstOfNextMonth(start);
}

/**
 * The first day (a plain date) of the period in which an instant falls, in
 * the organisation's time zone: the Monday of its week, or the 1st of its
 * month. `2026-03-01T23:30:00Z` is Sunday 1 March in UTC (week of
 * 2026-02-23) and Monday 2 March in Europe/Paris (week of 2026-03-02);
 * `2026-02-28T23:30:00Z` is in February in UTC and in March in Paris.
 * @throws RangeError for an invalid instant or an unknown time zone.
 */
export function periodStart({
  at,
  grain,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  at: Instant;
  grain: Grain;
  timeZone?: string;
}): string {
  const epochDay = localEpochDay(parseInstant(at, 'at'), timeZone);
  return formatEpochDay(periodStartEpochDay(epochDay, grain));
}

/** The first day of the period that contains a plain date. */
export function periodStartOfDate({
  date,
  grain,
}: {
  date: string;
  grain: Grain;
}): string {
  return formatEpochDay(
    periodStartEpochDay(parsePlainDate(date, 'date'), grain),
  );
}

/**
 * Every period that overlaps [from, to] (plain dates, both included), as
 * the plain date each starts on, oldest first: from the period containing
 * `from` to the period containing `to`. Periods are whole, so a point for a
 * week is the same whatever range it was asked in.
 * @throws RangeError when a date is invalid or `to` is before `from`.
 */
export function periodsBetween({
  from,
  to,
  grain,
}: {
  from: string;
  to: string;
  grain: Grain;
}): string[] {
  const first = parsePlainDate(from, 'from');
  const last = parsePlainDate(to, 'to');
  if (last < first) throw new RangeError(`to ${to} is before from ${from}`);
  const starts: string[] = [];
  for (
    let start = periodStartEpochDay(first, grain);
    start <= last;
    start = nextPeriodEpochDay(start, grain)
  ) {
    starts.push(formatEpochDay(start));
  }
  return starts;
}

/**
 * Every problem with a requested range, for input validation: dates that
 * are not plain dates, `to` before `from`, an unknown grain, or more than
 * MAX_METRIC_PERIODS periods.
 */
export function metricRangeProblems({
  from,
  to,
  grain,
}: {
  from: string;
  to: string;
  grain: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isGrain(grain))
    problems.push(
      fieldProblem(
        'grain',
        `grain must be WEEK or MONTH, got ${JSON.stringify(grain)}`,
        grain,
      ),
    );
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    try {
      parsePlainDate(value, field);
    } catch (error) {
      problems.push(fieldProblem(field, (error as RangeError).message, value));
    }
  }
  if (problems.length > 0) return problems;
  if (to < from)
    return [fieldProblem('to', `to ${to} is before from ${from}`, to)];
  const first = periodStartEpochDay(
    parsePlainDate(from, 'from'),
    grain as Grain,
  );
  const last = parsePlainDate(to, 'to');
  const count =
    grain === 'WEEK'
      ? Math.floor((last - first) / 7) + 1
      : monthIndex(to) - monthIndex(from) + 1;
  if (count > MAX_METRIC_PERIODS) {
    problems.push(
      fieldProblem(
        'to',
        `the range holds ${count} periods; at most ${MAX_METRIC_PERIODS} are allowed`,
        to,
      ),
    );
  }
  return problems;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
