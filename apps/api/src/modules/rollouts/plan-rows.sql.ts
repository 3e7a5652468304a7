import type {
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import {
  catalogItemsSql,
  hasBaselineAuditSql,
  StoredGateFacts,
} from '../roadmap/gate-facts.sql';
import { weekTotalsSql, WeekTotalRow } from '../roadmap/pilot-weeks.sql';

/**
 * Everything a plan's evaluation reads, for the plans of the departments $2
 * (uuid[]) of the organisations $1 (uuid[]),
 * in one round trip and without entity hydration: the plan, its tasks, its
 * organisation's time zone (for "today") and the gate facts stored in other
 * tables — whether the department has an audit, its service owner, its
 * catalogue items (by name) and, for a plan in its pilot (whose next gate
 * counts pilot weeks), the department's weekly totals since the plan began
 * (a superset of the pilot's weeks: the domain picks them). Dates as text,
 * as TypeORM reads `date` columns.
 */
export const PLAN_ROWS_SQL = `
SELECT p.id, p.organization_id AS "organizationId", p.department_id AS "departmentId",
       to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", p.business_days AS "businessDays",
       p.allow_over_capacity AS "allowOverCapacity",
       p.current_phase AS "currentPhase", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
       o.time_zone AS "timeZone", d.service_owner AS "serviceOwner",
       ${hasBaselineAuditSql('p.organization_id', 'p.department_id')} AS "hasBaselineAudit",
       ${catalogItemsSql('p.organization_id', 'p.department_id')} AS "catalogItems",
       (SELECT coalesce(json_agg(json_build_object(
                 'id', t.id, 'planId', t.plan_id, 'standardKey', t.standard_key, 'title', t.title, 'phase', t.phase, 'owner', t.owner,
                 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'done', t.done, 'doneAt', t.done_at, 'position', t.position)), '[]')
          FROM rollout_task t WHERE t.organization_id = p.organization_id AND t.plan_id = p.id) AS tasks,
       CASE WHEN p.current_phase = 'PILOT_AND_MEASURE' THEN
         (SELECT coalesce(json_agg(weeks), '[]') FROM (${weekTotalsSql({ organization: 'p.organization_id', department: 'p.department_id', from: 'p.start_date' })}) weeks)
       END AS "weekTotals"
  FROM rollout_plan p
  JOIN department d ON d.organization_id = p.organization_id AND d.id = p.department_id
  JOIN organization o ON o.organization_id = p.organization_id
 WHERE p.organization_id = ANY($1::uuid[]) AND p.department_id = ANY($2::uuid[])`;

/** A row of PLAN_ROWS_SQL as the driver returns it (json columns parsed, timestamps in them as text). */
export type PlanRow = Omit<RolloutPlanEntity, 'department'> &
  StoredGateFacts & {
    timeZone: string;
    /** Only for a plan in PILOT_AND_MEASURE. */
    weekTotals: WeekTotalRow[] | null;
    tasks: (Omit<
      RolloutTaskEntity,
      'doneAt' | 'createdAt' | 'updatedAt' | 'organizationId' | 'plan'
    > & { doneAt: string | null })[];
  };

/** The plan's tasks as the mapper takes them (done_at back to a Date). */
export function tasksOf(row: PlanRow): RolloutTaskEntity[] {
  return row.tasks.map((task) => ({
    ...task,
    organizationId: row.organizationId,
    doneAt: task.doneAt === null ? null : new Date(task.doneAt),
  })) as RolloutTaskEntity[];
}
