import { periodStartSql } from './rollup-periods.sql';

/**
 * Everything serviceMetrics needs, in one round trip and without entity
 * hydration: the department's daily rollups for [$2, $3) summed per period
 * of the grain $4 (one row per week or month, keyed by its first day — what
 * pointsFromDailyRollups would sum them to; fewer rows to send and parse),
 * its period percentiles for the periods $5, and its imported weekly rows
 * from $6 to $3. $1 is the department; its organisation is looked up here,
 * so each table is read by its organization_id-first key. Periods are
 * computed on plain dates (rollup-periods.sql.ts): no time zone. It lives
 * beside the statements that write these rollups (request-rollups.sql.ts).
 */
export const SERVICE_METRICS_ROWS = `
WITH department AS (SELECT organization_id, id FROM department WHERE id = $1)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
            'day', to_char(s.period_start, 'YYYY-MM-DD'), 'total', s.total, 'deflected', s.deflected, 'noTouch', s.no_touch,
            'resolved', s.resolved, 'slaMet', s.sla_met, 'slaTracked', s.sla_tracked, 'reopened', s.reopened,
            'resolutionMsSum', s.resolution_ms_sum) ORDER BY s.period_start), '[]')
     FROM (SELECT ${periodStartSql('r.day', '$4')} AS period_start,
                  sum(r.total) AS total, sum(r.deflected) AS deflected, sum(r.no_touch) AS no_touch, sum(r.resolved) AS resolved,
                  sum(r.sla_met) AS sla_met, sum(r.sla_tracked) AS sla_tracked, sum(r.reopened) AS reopened,
                  sum(r.resolution_ms_sum) AS resolution_ms_sum
             FROM request_day_rollup r, department d
            WHERE r.organization_id = d.organization_id AND r.department_id = d.id AND r.day >= $2::date AND r.day < $3::date
            GROUP BY 1) s) AS days,
  (SELECT coalesce(json_agg(json_build_object(
            'periodStart', to_char(p.period_start, 'YYYY-MM-DD'), 'resolved', p.resolved, 'medianMs', p.median_ms, 'p90Ms', p.p90_ms)), '[]')
     FROM request_period_resolution p, department d
    WHERE p.organization_id = d.organization_id AND p.department_id = d.id AND p.grain = $4 AND p.period_start = ANY($5::date[])) AS resolutions,
  (SELECT coalesce(json_agg(json_build_object(
            'weekStart', to_char(w.week_start, 'YYYY-MM-DD'), 'total', w.total, 'deflected', w.deflected, 'noTouch', w.no_touch,
            'resolved', w.resolved, 'slaMet', w.sla_met, 'slaTracked', w.sla_tracked,
            'meanResolutionHours', w.mean_resolution_hours::float8)), '[]')
     FROM weekly_metric w, department d
    WHERE w.organization_id = d.organization_id AND w.department_id = d.id AND w.week_start >= $6::date AND w.week_start <= $3::date) AS weeks`;
