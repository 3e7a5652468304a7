import type { DepartmentEntity } from '@esm-planner/api-data-access-db';

/**
 * A department as the organisation tables key it: its organisation and its
 * id (decision 0018). Reads of several departments name both, so that each
 * statement filters by organization_id and Citus can route it to the
 * organisations' shards instead of asking every node.
 */
export type DepartmentKey = Pick<DepartmentEntity, 'organizationId' | 'id'>;

/**
 * The two parameters that name the departments in SQL — the distinct
 * organisation ids and the distinct department ids — for
 * `organization_id = ANY($n) AND department_id = ANY($m)`. A department id
 * belongs to one organisation, so the pair of lists names the same rows as
 * the ids alone.
 */
export function departmentKeyParams(departments: readonly DepartmentKey[]): {
  organizationIds: string[];
  departmentIds: string[];
} {
  return {
    organizationIds: [
      ...new Set(departments.map((department) => department.organizationId)),
    ],
    departmentIds: [...new Set(departments.map((department) => department.id))],
  };
}
