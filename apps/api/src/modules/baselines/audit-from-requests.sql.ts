import type {
  AuditRowInput,
  FirstResponsePercentiles,
} from '@esm-planner/domain-audit';

/**
 * The audit rows of departments derived from their request records (domain
 * §2, `createAuditFromRequests`), in one statement. $1 organization_id,
 * $2 its time zone, $3 the departments (uuid[]), $4 windowStart and
 * $5 windowEnd (local dates, both included).
 *
 * A record belongs to the window when it was opened from local midnight of
 * windowStart to local midnight after windowEnd, in the organisation's
 * time zone: `date::timestamp AT TIME ZONE tz` is that instant whatever the
 * day's length (23 or 25 hours on a daylight-saving change). The bounds on
 * opened_at let the (organization_id, department_id, opened_at) index read
 * only the window's records, never the whole table.
 *
 * Per (department, request type, channel): the count, the mean of the
 * handling minutes that are present and how many there are, the mean first
 * response (first_response_at − opened_at, in hours) over the records that
 * have one and how many. Per department: the exact nearest-rank median and
 * P90 of first response — ranks ceil(n / 2) and ceil(9n / 10) in integer
 * arithmetic, the rule of nearestRankPercentile (domain-audit) and of the
 * request rollups, so no floating-point product can move a rank.
 */
export const AUDIT_FROM_REQUESTS_SQL = `
WITH facts AS MATERIALIZED (
  SELECT f.department_id, f.request_type, f.channel, f.handling_minutes,
         CASE WHEN f.first_response_at IS NOT NULL
              THEN (extract(epoch FROM f.first_response_at - f.opened_at) * 1000)::bigint END AS first_response_ms
    FROM request_fact f
   WHERE f.organization_id = $1
     AND f.department_id = ANY($3::uuid[])
     AND f.opened_at >= $4::date::timestamp AT TIME ZONE $2
     AND f.opened_at < ($5::date + 1)::timestamp AT TIME ZONE $2
),
grouped AS (
  SELECT department_id, request_type, channel,
         count(*)::int AS count,
         avg(handling_minutes)::float8 AS avg_handling_minutes,
         count(handling_minutes)::int AS requests_with_handling_minutes,
         (avg(first_response_ms) / 3600000)::float8 AS avg_first_response_hours,
         count(first_response_ms)::int AS requests_with_first_response_hours
    FROM facts
   GROUP BY department_id, request_type, channel
),
ranked AS (
  SELECT department_id, first_response_ms,
         row_number() OVER (PARTITION BY department_id ORDER BY first_response_ms) AS rank,
         count(*) OVER (PARTITION BY department_id) AS n
    FROM facts
   WHERE first_response_ms IS NOT NULL
),
percentiles AS (
  SELECT department_id,
         (max(first_response_ms) FILTER (WHERE rank = (n + 1) / 2) / 3600000.0)::float8 AS median_first_response_hours,
         (max(first_response_ms) FILTER (WHERE rank = (9 * n + 9) / 10) / 3600000.0)::float8 AS p90_first_response_hours
    FROM ranked
   GROUP BY department_id
)
SELECT g.department_id AS "departmentId",
       json_agg(json_build_object(
         'requestType', g.request_type, 'channel', g.channel, 'count', g.count,
         'avgHandlingMinutes', g.avg_handling_minutes, 'requestsWithHandlingMinutes', g.requests_with_handling_minutes,
         'avgFirstResponseHours', g.avg_first_response_hours, 'requestsWithFirstResponseHours', g.requests_with_first_response_hours)
         ORDER BY g.request_type, g.channel) AS rows,
       p.median_first_response_hours AS "medianFirstResponseHours",
       p.p90_first_response_hours AS "p90FirstResponseHours"
  FROM grouped g LEFT JOIN percentiles p ON p.department_id = g.department_id
 GROUP BY g.department_id, p.median_first_response_hours, p.p90_first_response_hours`;

/** A row of AUDIT_FROM_REQUESTS_SQL: one department with records in the window. */
export type DerivedAuditRows = FirstResponsePercentiles & {
  departmentId: string;
  // Audit rows as domain-audit reads them, with how many records each mean covers always known.
  rows: (Omit<
    AuditRowInput,
    'channel' | 'requestsWithHandlingMinutes' | 'requestsWithFirstResponseHours'
  > & {
    channel: string;
    requestsWithHandlingMinutes: number;
    requestsWithFirstResponseHours: number;
  })[];
};
