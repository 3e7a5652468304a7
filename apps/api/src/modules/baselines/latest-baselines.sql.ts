import type { AuditEntity } from '@esm-planner/api-data-access-db';
import type { AuditRowInput } from '@esm-planner/domain-audit';

/**
 * What the latest baselines of the departments $2 (uuid[]) of the
 * organisations $1 (uuid[]) are computed from, in one
 * round trip: each department's latest audit (by window end, then import
 * time), its rows, and the request types its catalogue maps (what
 * catalogCoverage counts as covered). Dates as text, as TypeORM reads them.
 */
export const LATEST_BASELINES_SQL = `
SELECT a.id, a.organization_id AS "organizationId", a.department_id AS "departmentId",
       to_char(a.window_start, 'YYYY-MM-DD') AS "windowStart", to_char(a.window_end, 'YYYY-MM-DD') AS "windowEnd",
       a.import_job_id AS "importJobId", a.imported_at AS "importedAt", a.source,
       a.median_first_response_hours::float8 AS "medianFirstResponseHours", a.p90_first_response_hours::float8 AS "p90FirstResponseHours",
       (SELECT coalesce(json_agg(json_build_object(
                 'requestType', r.request_type, 'channel', r.channel, 'count', r.count,
                 'avgHandlingMinutes', r.avg_handling_minutes::float8, 'avgFirstResponseHours', r.avg_first_response_hours::float8,
                 'requestsWithHandlingMinutes', r.requests_with_handling_minutes,
                 'requestsWithFirstResponseHours', r.requests_with_first_response_hours)), '[]')
          FROM audit_row r WHERE r.organization_id = a.organization_id AND r.audit_id = a.id) AS rows,
       (SELECT coalesce(array_agg(t.request_type), '{}')
          FROM catalog_item c CROSS JOIN LATERAL unnest(c.request_types) AS t(request_type)
         WHERE c.organization_id = a.organization_id AND c.department_id = a.department_id) AS "coveredRequestTypes"
  FROM (SELECT DISTINCT ON (department_id) * FROM audit
         WHERE organization_id = ANY($1::uuid[]) AND department_id = ANY($2::uuid[])
         ORDER BY department_id, window_end DESC, imported_at DESC) a
 ORDER BY a.department_id`;

/** A row of LATEST_BASELINES_SQL: the audit, with what its baseline needs. */
export type LatestBaselineRow = Omit<AuditEntity, 'department' | 'rows'> & {
  rows: (Omit<AuditRowInput, 'channel'> & { channel: string })[];
  coveredRequestTypes: string[];
};
