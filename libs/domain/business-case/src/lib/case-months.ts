import { formatEpochDay, parsePlainDate } from '@esm-planner/shared-util-dates';

import { DAYS_PER_MONTH } from './go-live-month';

// Case months (domain §9): month m ≥ 1 holds the local days d ≥ 0 days after
// the programme start with 1 + floor(d / (365.25/12)) = m — the rule that
// places go-live months (goLiveMonthFromPlan). Days are counted on the
// calendar (epoch days of plain dates), so a daylight-saving change, which
// makes a local day 23 or 25 hours long, moves no bound. 365.25/12 =
// 30.4375 = 30 + 7/16 is exact in binary, so (m − 1) × 30.4375 is too.

/** One case month: its local days, both included, and whether it is over. */
export type CaseMonth = {
  month: number;
  /** ISO plain date of the month's first day. */
  startDate: string;
  /** ISO plain date of the month's last day (included). */
  endDate: string;
  /** Its last day is before `asOf`: every day of it has happened. */
  complete: boolean;
};

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1) {
    throw new RangeError(`a case month is a whole number ≥ 1, got ${month}`);
  }
}

/**
 * The days of case month m ≥ 1: from programmeStart + ceil((m − 1) × 365.25/12)
 * to programmeStart + ceil(m × 365.25/12) − 1 days. Months are 30 or 31 days
 * long (7 of every 16 are 31).
 * @throws RangeError for a start that is not a plain date or a month < 1.
 */
export function caseMonthBounds({
  programmeStart,
  month,
}: {
  programmeStart: string;
  month: number;
}): { startDate: string; endDate: string } {
  assertMonth(month);
  const start = parsePlainDate(programmeStart, 'programmeStart');
  return {
    startDate: formatEpochDay(start + Math.ceil((month - 1) * DAYS_PER_MONTH)),
    endDate: formatEpochDay(start + Math.ceil(month * DAYS_PER_MONTH) - 1),
  };
}

/**
 * The case month that holds a local date: `1 + floor(d / (365.25/12))`, d
 * the days from the programme start; null for a date before it.
 */
export function caseMonthOfDate({
  programmeStart,
  date,
}: {
  programmeStart: string;
  date: string;
}): number | null {
  const days =
    parsePlainDate(date, 'date') -
    parsePlainDate(programmeStart, 'programmeStart');
  return days < 0 ? null : 1 + Math.floor(days / DAYS_PER_MONTH);
}

/**
 * Months 1..horizon with their days and completeness at `asOf` (a month is
 * complete when its last day is before asOf: on asOf itself the day is not
 * over yet).
 */
export function caseMonths({
  programmeStart,
  horizonMonths,
  asOf,
}: {
  programmeStart: string;
  horizonMonths: number;
  asOf: string;
}): CaseMonth[] {
  const today = parsePlainDate(asOf, 'asOf');
  const months: CaseMonth[] = [];
  for (let month = 1; month <= horizonMonths; month += 1) {
    const bounds = caseMonthBounds({ programmeStart, month });
    const complete = parsePlainDate(bounds.endDate, 'endDate') < today;
    months.push({ month, ...bounds, complete });
  }
  return months;
}
