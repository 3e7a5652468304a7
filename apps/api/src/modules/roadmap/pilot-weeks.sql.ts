import { pilotWeeksWithMetrics } from '@esm-planner/domain-rollout';
import { weekStartSql } from '@esm-planner/api-data-access-db';

/**
 * The weekly totals the pilot gate counts, as a subquery over the rows of
 * one department: per week (by its Monday, plain-date arithmetic) the
 * requests opened (daily rollups) and the imported weekly total, for the
 * days from `from` (and before `before`, when given). serviceMetrics would
 * give the same totals at the cost of every figure of every week.
 */
export function weekTotalsSql({
  organization,
  department,
  from,
  before,
}: {
  organization: string;
  department: string;
  from: string;
  before?: string;
}): string {
  const until = (column: string) =>
    before ? ` AND ${column} < ${before}` : '';
  return `
SELECT to_char(x.week, 'YYYY-MM-DD') AS "weekStart", sum(x.requests)::float8 AS requests, sum(x.imported)::float8 AS imported
  FROM (SELECT ${weekStartSql('r.day')} AS week, r.total AS requests, 0 AS imported
          FROM request_day_rollup r
         WHERE r.organization_id = ${organization} AND r.department_id = ${department} AND r.day >= ${from}${until('r.day')}
        UNION ALL
        SELECT w.week_start, 0, w.total
          FROM weekly_metric w
         WHERE w.organization_id = ${organization} AND w.department_id = ${department} AND w.week_start >= ${from}${until('w.week_start')}) x
 GROUP BY x.week`;
}

/** The weekly totals of the department $2 of the organisation $1 over the days [$3, $4). */
export const PILOT_WEEK_TOTALS_SQL = weekTotalsSql({
  organization: '$1::uuid',
  department: '$2::uuid',
  from: '$3::date',
  before: '$4::date',
});

export type WeekTotalRow = {
  weekStart: string;
  requests: number;
  imported: number;
};

/** Complete pilot weeks with metrics, the sources merged as serviceMetrics merges them (requests if any, else the imported week). */
export function pilotWeeksFromTotals({
  pilotStart,
  asOf,
  rows,
}: {
  pilotStart: string;
  asOf: string;
  rows: readonly WeekTotalRow[];
}): number {
  return pilotWeeksWithMetrics({
    pilotStart,
    asOf,
    weeks: rows.map((row) => ({
      weekStart: row.weekStart,
      total: row.requests > 0 ? row.requests : row.imported,
    })),
  });
}
