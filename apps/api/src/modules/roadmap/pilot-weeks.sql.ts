/**
 * What the pilot gate counts, for the department $1 over the days [$2, $3):
 * per week (by its Monday, plain-date arithmetic), the requests opened (from
 * the daily rollups) and the imported weekly total. serviceMetrics would
 * give the same totals (a week's request-level point when it has requests,
 * else its imported week) at the cost of every figure of every week.
 */
export const PILOT_WEEK_TOTALS_SQL = `
WITH department AS (SELECT organization_id, id FROM department WHERE id = $1)
SELECT to_char(x.week, 'YYYY-MM-DD') AS "weekStart", sum(x.requests)::float8 AS requests, sum(x.imported)::float8 AS imported
  FROM (SELECT r.day - (extract(isodow FROM r.day)::int - 1) AS week, r.total AS requests, 0 AS imported
          FROM request_day_rollup r, department d
         WHERE r.organization_id = d.organization_id AND r.department_id = d.id AND r.day >= $2::date AND r.day < $3::date
        UNION ALL
        SELECT w.week_start, 0, w.total
          FROM weekly_metric w, department d
         WHERE w.organization_id = d.organization_id AND w.department_id = d.id AND w.week_start >= $2::date AND w.week_start < $3::date) x
 GROUP BY x.week`;

export type PilotWeekTotalRow = { weekStart: string; requests: number; imported: number };
