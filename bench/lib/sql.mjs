// The SQL the benchmarks run directly, next to what the API does.

/**
 * The weekly figures from request_fact itself, as a DBA would write them
 * with no rollups: what serviceMetrics computed before the rollups, and
 * still the reference for "how long does scanning the requests take".
 */
export const RAW_METRICS_SQL = `
WITH facts AS (
  SELECT date_trunc('week', opened_at AT TIME ZONE 'UTC') AS week, resolution, sla_met, reopened,
         CASE WHEN resolved_at IS NOT NULL THEN extract(epoch FROM resolved_at - opened_at) / 3600 END AS hours
    FROM request_fact
   WHERE organization_id = $1 AND department_id = $2 AND opened_at >= $3 AND opened_at < $4)
SELECT week,
       count(*) AS total,
       count(*) FILTER (WHERE resolution IN ('DEFLECTED', 'NO_TOUCH')) AS deflected,
       count(*) FILTER (WHERE resolution = 'NO_TOUCH') AS no_touch,
       count(hours) AS resolved,
       avg(hours) AS mttr_hours,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY hours) AS median_hours,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY hours) AS p90_hours,
       count(*) FILTER (WHERE sla_met) AS sla_met,
       count(sla_met) AS sla_tracked,
       count(*) FILTER (WHERE reopened AND hours IS NOT NULL) AS reopened
  FROM facts GROUP BY week ORDER BY week`;

/**
 * The same weekly figures from the rollup tables serviceMetrics reads: the
 * days summed per week, the week's percentiles joined. The like-for-like
 * reference for the GraphQL query.
 */
export const ROLLUP_METRICS_SQL = `
SELECT d.week, sum(d.total) AS total, sum(d.deflected) AS deflected, sum(d.no_touch) AS no_touch, sum(d.resolved) AS resolved,
       sum(d.resolution_ms_sum) / nullif(sum(d.resolved), 0) / 3600000.0 AS mttr_hours,
       p.median_ms / 3600000.0 AS median_hours, p.p90_ms / 3600000.0 AS p90_hours,
       sum(d.sla_met) AS sla_met, sum(d.sla_tracked) AS sla_tracked, sum(d.reopened) AS reopened
  FROM (SELECT date_trunc('week', day)::date AS week, * FROM request_day_rollup
         WHERE organization_id = $1 AND department_id = $2 AND day >= $3::date AND day < $4::date) d
  LEFT JOIN request_period_resolution p
    ON p.organization_id = $1 AND p.department_id = $2 AND p.grain = 'WEEK' AND p.period_start = d.week
 GROUP BY d.week, p.median_ms, p.p90_ms ORDER BY d.week`;

/**
 * N request facts for one organisation straight in SQL (the 10 M dashboard
 * run: generating and importing a 1.4 GB file would measure the import
 * again). Same shape as the generated files: 3 departments, 26 weeks from
 * 2026-01-05, ~95 % resolved (DEFLECTED 20 %, NO_TOUCH 10 %, AGENT 70 %).
 * setseed() makes it repeatable. Rows are written in opening order per
 * department, as requests arrive over time (a heap in that order is what
 * a monthly-partitioned request_fact would hold).
 */
export const GENERATE_FACTS_SQL = `
INSERT INTO request_fact (organization_id, source, external_id, department_id, request_type, channel, opened_at, first_response_at,
                          resolved_at, resolution, sla_met, reopened, handling_minutes)
SELECT $1, 'GENERIC', 'GEN-' || i, ($2::uuid[])[1 + (i % 3)],
       (ARRAY['Password reset','Access request','Hardware issue','Software install','VPN problem','Payroll question','Leave request','Expense claim','Invoice query','Onboarding'])[1 + (i % 10)],
       (ARRAY['PORTAL','EMAIL','CHAT','PHONE','VIRTUAL_AGENT'])[1 + (i % 5)],
       opened, opened + interval '30 minutes',
       CASE WHEN r < 0.95 THEN opened + make_interval(secs => round((300 + random() * 72000)::numeric, 3)::float8) END,
       CASE WHEN r >= 0.95 THEN 'UNRESOLVED' WHEN r < 0.19 THEN 'DEFLECTED' WHEN r < 0.285 THEN 'NO_TOUCH' ELSE 'AGENT' END,
       CASE WHEN r2 < 0.1 THEN NULL ELSE r2 < 0.85 END, r < 0.95 AND r2 < 0.05, 10
  FROM (SELECT i, random() AS r, random() AS r2,
               timestamptz '2026-01-05 00:00:00+00' + make_interval(secs => round((random() * 182 * 86400)::numeric, 3)::float8) AS opened
          FROM generate_series(1, $3::int) AS i) g
 ORDER BY 4, opened`;
