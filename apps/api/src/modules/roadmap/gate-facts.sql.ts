import type { GateCatalogItem, GateFacts } from '@esm-planner/domain-rollout';

/**
 * The stored facts the phase gates read (domain §4), as SQL fragments over
 * a department given by its organisation and id columns: shared by the
 * gate checks (GATE_FACTS_SQL) and the plan reads (PLAN_ROWS_SQL), so that
 * both read the same facts the same way.
 */
export const hasBaselineAuditSql = (organization: string, department: string) =>
  `EXISTS (SELECT 1 FROM audit a WHERE a.organization_id = ${organization} AND a.department_id = ${department})`;

/** The department's catalogue items (name, owner, SLA target) by name, as a json array. */
export const catalogItemsSql = (organization: string, department: string) =>
  `(SELECT coalesce(json_agg(json_build_object('name', c.name, 'owner', c.owner, 'slaTargetHours', c.sla_target_hours::float8) ORDER BY c.name), '[]')
      FROM catalog_item c WHERE c.organization_id = ${organization} AND c.department_id = ${department})`;

/** The stored gate facts of the departments $2 (uuid[]) of the organisations $1 (uuid[]). */
export const GATE_FACTS_SQL = `
SELECT d.id AS "departmentId", d.service_owner AS "serviceOwner",
       ${hasBaselineAuditSql('d.organization_id', 'd.id')} AS "hasBaselineAudit",
       ${catalogItemsSql('d.organization_id', 'd.id')} AS "catalogItems"
  FROM department d WHERE d.organization_id = ANY($1::uuid[]) AND d.id = ANY($2::uuid[])`;

/** What the fragments above give for one department. */
export type StoredGateFacts = {
  serviceOwner: string | null;
  hasBaselineAudit: boolean;
  catalogItems: GateCatalogItem[];
};

export function gateFactsOf(
  row: StoredGateFacts,
  pilotWeeksWithMetrics: number,
): GateFacts {
  return {
    hasBaselineAudit: row.hasBaselineAudit,
    serviceOwnerNamed: Boolean(row.serviceOwner?.trim()),
    catalogItems: row.catalogItems,
    pilotWeeksWithMetrics,
  };
}
