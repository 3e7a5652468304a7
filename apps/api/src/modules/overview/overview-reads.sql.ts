import { weekStartSql } from '@esm-planner/api-data-access-db';

/**
 * The overview's plain reads. Each reads its table by the
 * organization_id-first key; none touches request_fact.
 */

/**
 * Requests and deflected requests per department and Monday-to-Sunday week
 * for the weeks [$2, $3) (Mondays), from request_day_rollup; plus each
 * imported weekly row of those weeks where the department has no request
 * records in that week — the records win, as in serviceMetrics. $1 is the
 * organisation.
 */
export const DEPARTMENT_WEEKS_SQL = `
WITH from_records AS (
  SELECT r.department_id, ${weekStartSql('r.day')} AS week_start,
         sum(r.total) AS total, sum(r.deflected) AS deflected
    FROM request_day_rollup r
   WHERE r.organization_id = $1 AND r.day >= $2::date AND r.day < $3::date
   GROUP BY 1, 2
)
SELECT department_id AS "departmentId", to_char(week_start, 'YYYY-MM-DD') AS "weekStart", total::int AS total, deflected::int AS deflected
  FROM from_records WHERE total > 0
UNION ALL
SELECT w.department_id, to_char(w.week_start, 'YYYY-MM-DD'), w.total, w.deflected
  FROM weekly_metric w
 WHERE w.organization_id = $1 AND w.week_start >= $2::date AND w.week_start < $3::date
   AND NOT EXISTS (SELECT 1 FROM from_records f WHERE f.department_id = w.department_id AND f.week_start = w.week_start AND f.total > 0)`;

/** The organisation-level maturity assessments, newest first: the latest and the one before it. */
export const LATEST_ASSESSMENTS_SQL = `
SELECT stage, overall_score::float8 AS "overallScore", assessed_at AS "assessedAt"
  FROM maturity_assessment
 WHERE organization_id = $1 AND department_id IS NULL
 ORDER BY assessed_at DESC
 LIMIT 2`;

/** The case whose latest version was saved last: the one the programme currently argues with. */
export const LATEST_CASE_SQL = `
SELECT v.business_case_id AS id, c.name
  FROM business_case_version v
  JOIN business_case c ON c.organization_id = v.organization_id AND c.id = v.business_case_id
 WHERE v.organization_id = $1
 ORDER BY v.saved_at DESC, v.version DESC
 LIMIT 1`;
