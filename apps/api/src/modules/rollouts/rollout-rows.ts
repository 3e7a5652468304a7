import type { OwningRow } from '../auth/authorize.decorator';

// The rows @Authorize reaches a department through, for the mutations that
// name a plan or a task rather than a department.

export const ROLLOUT_PLAN_ROW: OwningRow = {
  name: 'rollout plan',
  ownerSql:
    'SELECT organization_id, department_id FROM rollout_plan WHERE id = $1',
};

export const ROLLOUT_TASK_ROW: OwningRow = {
  name: 'task',
  ownerSql: `SELECT p.organization_id, p.department_id
  FROM rollout_task t JOIN rollout_plan p ON p.id = t.plan_id
 WHERE t.id = $1`,
};
