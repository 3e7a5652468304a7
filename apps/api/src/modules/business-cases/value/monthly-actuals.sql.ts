/**
 * The actuals of value realisation (domain §9) in one statement, from the
 * rollups the import keeps — never from request_fact: per department ($2)
 * and complete case month (their first and last local days in $3 and $4,
 * month m at position m), the requests opened on the month's days and
 * those deflected, summed from request_day_rollup; plus each imported
 * weekly row whose Monday lies in the month, unless the department has
 * request records in that week (Monday to Sunday) — the records win, as in
 * serviceMetrics. $1 is the organisation, so every table is read by its
 * organization_id-first key; the day range is bounded by the first and last
 * month, so only the case's days are read.
 */
export const MONTHLY_ACTUALS = `
WITH month AS (
  SELECT m.month::int AS month, m.first_day, m.last_day
    FROM unnest($3::date[], $4::date[]) WITH ORDINALITY AS m(first_day, last_day, month)
),
from_records AS (
  SELECT r.department_id, m.month, sum(r.total) AS total, sum(r.deflected) AS deflected
    FROM request_day_rollup r
    JOIN month m ON r.day BETWEEN m.first_day AND m.last_day
   WHERE r.organization_id = $1 AND r.department_id = ANY($2::uuid[])
     AND r.day >= (SELECT min(first_day) FROM month) AND r.day <= (SELECT max(last_day) FROM month)
   GROUP BY r.department_id, m.month
),
from_weeks AS (
  SELECT w.department_id, m.month, sum(w.total) AS total, sum(w.deflected) AS deflected
    FROM weekly_metric w
    JOIN month m ON w.week_start BETWEEN m.first_day AND m.last_day
   WHERE w.organization_id = $1 AND w.department_id = ANY($2::uuid[])
     AND w.week_start >= (SELECT min(first_day) FROM month) AND w.week_start <= (SELECT max(last_day) FROM month)
     AND NOT EXISTS (
       SELECT 1 FROM request_day_rollup r
        WHERE r.organization_id = $1 AND r.department_id = w.department_id
          AND r.day >= w.week_start AND r.day < w.week_start + 7 AND r.total > 0)
   GROUP BY w.department_id, m.month
)
SELECT department_id AS "departmentId", month, sum(total)::int AS total, sum(deflected)::int AS deflected
  FROM (SELECT * FROM from_records UNION ALL SELECT * FROM from_weeks) actuals
 GROUP BY department_id, month
 ORDER BY department_id, month`;
