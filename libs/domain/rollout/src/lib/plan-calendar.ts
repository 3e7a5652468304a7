import {
  formatEpochDay,
  isWorkingDay,
  parsePlainDate,
  workingDayOfOrdinal,
  workingDayOrdinal,
} from '@esm-planner/shared-util-dates';
import {
  PHASE_DAYS,
  ROLLOUT_PHASES,
  RolloutPhase,
  phaseForDay,
} from './rollout-phase';

/**
 * How a plan counts its days. `startDate` is an ISO plain date; with
 * `businessDays` the plan counts working days Monday–Friday (no holidays),
 * otherwise calendar days.
 */
export type PlanCalendar = { startDate: string; businessDays?: boolean };

/** A phase's first and last date, both inclusive (ISO plain dates). */
export type PhaseDates = {
  name: RolloutPhase;
  startDate: string;
  endDate: string;
};

// Working-day ordinal of day 1: the start date itself when it is a weekday,
// otherwise the Monday after it (a plan cannot begin on a day nobody works).
function firstDayOrdinal(startEpochDay: number): number {
  const ordinal = workingDayOrdinal(startEpochDay);
  return isWorkingDay(startEpochDay) ? ordinal : ordinal + 1;
}

function planDayEpoch(
  startEpochDay: number,
  businessDays: boolean,
  day: number,
): number {
  if (!businessDays) return startEpochDay + day - 1;
  return workingDayOfOrdinal(firstDayOrdinal(startEpochDay) + day - 1);
}

/**
 * The date of plan day `day` (1 = day 1; any integer). Calendar plans:
 * startDate + (day − 1). Business-day plans: the day-th working day from
 * day 1, which is the start date if it is a weekday, else the next Monday.
 * The roadmap uses this for a plan's day 61 (go-live).
 */
export function planDayDate({
  startDate,
  businessDays = false,
  day,
}: PlanCalendar & { day: number }): string {
  if (!Number.isInteger(day)) {
    throw new RangeError(`day must be an integer: ${day}`);
  }
  const start = parsePlainDate(startDate, 'startDate');
  return formatEpochDay(planDayEpoch(start, businessDays, day));
}

/**
 * Start and end date of each phase, in order (domain §4): phase start =
 * plan day firstDay, end = plan day lastDay. In calendar mode that is
 * startDate + (firstDay − 1) and startDate + (lastDay − 1) days. In
 * business-day mode both fall on working days; a weekend between two phases
 * belongs to neither.
 */
export function phaseDates({
  startDate,
  businessDays = false,
}: PlanCalendar): PhaseDates[] {
  const start = parsePlainDate(startDate, 'startDate');
  return ROLLOUT_PHASES.map((name) => {
    const { firstDay, lastDay } = PHASE_DAYS[name];
    return {
      name,
      startDate: formatEpochDay(planDayEpoch(start, businessDays, firstDay)),
      endDate: formatEpochDay(planDayEpoch(start, businessDays, lastDay)),
    };
  });
}

/**
 * The plan day `asOf` falls on: 1 on day 1, ≤ 0 before it, > 90 after the
 * plan. Calendar mode: asOf − startDate + 1. Business-day mode: working days
 * from day 1 to asOf, both inclusive; a Saturday or Sunday counts as the
 * Friday before it (nothing moves at the weekend), and a weekend before a
 * plan that starts on the Monday after it is day 0.
 */
export function dayNumber({
  startDate,
  businessDays = false,
  asOf,
}: PlanCalendar & { asOf: string }): number {
  const start = parsePlainDate(startDate, 'startDate');
  const at = parsePlainDate(asOf, 'asOf');
  if (!businessDays) return at - start + 1;
  return workingDayOrdinal(at) - firstDayOrdinal(start) + 1;
}

/** The phase a plan is in at `asOf` by its dates (see phaseForDay). */
export function currentPhase(
  calendar: PlanCalendar & { asOf: string },
): RolloutPhase | null {
  return phaseForDay(dayNumber(calendar));
}
