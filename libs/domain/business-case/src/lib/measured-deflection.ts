import { periodStartOfDate } from '@esm-planner/domain-metrics';
import { addDays } from '@esm-planner/shared-util-dates';

/** Weeks of request records a live department needs before its own rate replaces the benchmark. */
export const MEASURED_WEEKS = 4;

/** One Monday-to-Sunday week of a department's request records. */
export type RecordedWeek = {
  weekStart: string;
  total: number;
  deflected: number;
};

/** A target deflection measured from a live department's own weeks (domain §8, "Measured defaults"). */
export type MeasuredDeflection = {
  /** Σ deflected ÷ Σ total over the weeks. */
  value: number;
  /** Monday of the first week and Sunday of the last. */
  from: string;
  to: string;
  total: number;
  deflected: number;
  /** The day the measurement was taken (its asOf). */
  measuredOn: string;
};

/**
 * The deflection a live department has measured: once day 61 of its plan
 * (`goLiveDate`) is before `asOf` and it has at least four complete weeks of
 * request records since — Monday-to-Sunday weeks that begin on or after the
 * go-live day and end before asOf, with at least one record — Σ deflected ÷
 * Σ total over the last four of them. Null otherwise (not live, too few
 * weeks): the case keeps the benchmark.
 * @throws RangeError for counts that cannot be.
 */
export function measuredDeflection({
  goLiveDate,
  asOf,
  weeks,
}: {
  goLiveDate: string | null;
  asOf: string;
  weeks: readonly RecordedWeek[];
}): MeasuredDeflection | null {
  if (goLiveDate === null || !(goLiveDate < asOf)) return null;
  const currentMonday = periodStartOfDate({ date: asOf, grain: 'WEEK' });
  const eligible = weeks
    .filter((week) => {
      if (!(
        Number.isInteger(week.total) &&
        Number.isInteger(week.deflected) &&
        week.deflected >= 0 &&
        week.deflected <= week.total
      )) {
        throw new RangeError(
          `week ${week.weekStart}: deflected (${week.deflected}) and total (${week.total}) must be counts with deflected ≤ total`,
        );
      }
      return (
        week.total > 0 &&
        week.weekStart >= goLiveDate &&
        week.weekStart < currentMonday
      );
    })
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  if (eligible.length < MEASURED_WEEKS) return null;
  const last = eligible.slice(-MEASURED_WEEKS);
  const total = last.reduce((sum, week) => sum + week.total, 0);
  const deflected = last.reduce((sum, week) => sum + week.deflected, 0);
  return {
    value: deflected / total,
    from: last[0].weekStart,
    to: addDays({ date: last[last.length - 1].weekStart, days: 6 }),
    total,
    deflected,
    measuredOn: asOf,
  };
}
