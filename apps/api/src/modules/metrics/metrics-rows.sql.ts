/**
 * Everything serviceMetrics needs, in one round trip and without entity
 * hydration: the department's daily rollups for [$2, $3), its period
 * percentiles for the grain $4 and periods $5, and its imported weekly rows
 * from $6 to $3. $1 is the department; its organisation is looked up here,
 * so each table is read by its organization_id-first key.
 */
export const SERVICE_METRICS_ROWS = `
WITH department AS (SELECT organization_id, id FROM department WHERE id = $1)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
            'day', to_char(r.day, 'YYYY-MM-DD'), 'total', r.total, 'deflected', r.deflected, 'noTouch', r.no_touch,
            'resolved', r.resolved, 'slaMet', r.sla_met, 'slaTracked', r.sla_tracked, 'reopened', r.reopened,
            'resolutionMsSum', r.resolution_ms_sum)), '[]')
     FROM request_day_rollup r, department d
    WHERE r.organization_id = d.organization_id AND r.department_id = d.id AND r.day >= $2::date AND r.day < $3::date) AS days,
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
