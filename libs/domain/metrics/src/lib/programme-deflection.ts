import { addDays } from '@esm-planner/shared-util-dates';
import { periodStartOfDate } from './period';
import { ratio } from './metric-point';

/** The overview's window: the last 13 complete weeks (a quarter of weeks). */
export const PROGRAMME_DEFLECTION_WEEKS = 13;

/** One department's requests in one week, as read from the request data. */
export type DepartmentWeek = {
  departmentId: string;
  weekStart: string;
  total: number;
  deflected: number;
};

export type ProgrammeDeflectionWeek = {
  weekStart: string;
  total: number;
  deflected: number;
  deflectionRate: number | null;
};

export type ProgrammeDeflection = {
  /** Monday of the first week and Sunday of the last one. */
  from: string;
  to: string;
  weeks: ProgrammeDeflectionWeek[];
  total: number;
  deflected: number;
  /** Σ deflected ÷ Σ total over the window; null without requests. */
  deflectionRate: number | null;
  /**
   * The rate the organisation would have had if every department had met its
   * benchmark on the requests it actually had: Σ_d total_d × benchmark_d ÷
   * Σ_d total_d. Null without requests.
   */
  benchmark: number | null;
  /** deflectionRate − benchmark; null when either is. */
  gapToBenchmark: number | null;
};

/**
 * The complete Monday-to-Sunday weeks before `asOf` (a week whose Sunday is
 * before asOf), the last `weeks` of them, oldest first.
 */
export function completeWeeksBefore({
  asOf,
  weeks,
}: {
  asOf: string;
  weeks: number;
}): string[] {
  const monday = periodStartOfDate({ date: asOf, grain: 'WEEK' });
  return Array.from({ length: weeks }, (_, index) =>
    addDays({ date: monday, days: -7 * (weeks - index) }),
  );
}

/**
 * The organisation's deflection over the last 13 complete weeks before asOf
 * against its volume-weighted benchmark (docs/domain/overview.md).
 * `benchmarks`: each department's target (its organisation's figure or the
 * published one); a department week outside the window is ignored.
 */
export function programmeDeflection({
  asOf,
  rows,
  benchmarks,
}: {
  asOf: string;
  rows: readonly DepartmentWeek[];
  benchmarks: ReadonlyMap<string, number>;
}): ProgrammeDeflection {
  const weekStarts = completeWeeksBefore({
    asOf,
    weeks: PROGRAMME_DEFLECTION_WEEKS,
  });
  const perWeek = new Map(
    weekStarts.map((weekStart) => [weekStart, { total: 0, deflected: 0 }]),
  );
  let weightedTarget = 0;
  let benchmarkedTotal = 0;
  for (const row of rows) {
    const week = perWeek.get(row.weekStart);
    if (!week) continue;
    if (!(
      Number.isInteger(row.total) &&
      Number.isInteger(row.deflected) &&
      row.total >= 0 &&
      row.deflected >= 0 &&
      row.deflected <= row.total
    )) {
      throw new RangeError(
        `week ${row.weekStart} of ${row.departmentId}: deflected (${row.deflected}) and total (${row.total}) must be counts with deflected ≤ total`,
      );
    }
    week.total += row.total;
    week.deflected += row.deflected;
    const target = benchmarks.get(row.departmentId);
    if (target === undefined)
      throw new RangeError(`no benchmark for department ${row.departmentId}`);
    weightedTarget += row.total * target;
    benchmarkedTotal += row.total;
  }
  const weeks = weekStarts.map((weekStart) => {
    const { total, deflected } = perWeek.get(weekStart)!;
    return {
      weekStart,
      total,
      deflected,
      deflectionRate: ratio({ part: deflected, whole: total }),
    };
  });
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  const deflected = weeks.reduce((sum, week) => sum + week.deflected, 0);
  const deflectionRate = ratio({ part: deflected, whole: total });
  const benchmark =
    benchmarkedTotal === 0 ? null : weightedTarget / benchmarkedTotal;
  return {
    from: weekStarts[0],
    to: addDays({ date: weekStarts[weekStarts.length - 1], days: 6 }),
    weeks,
    total,
    deflected,
    deflectionRate,
    benchmark,
    gapToBenchmark:
      deflectionRate === null || benchmark === null
        ? null
        : deflectionRate - benchmark,
  };
}
