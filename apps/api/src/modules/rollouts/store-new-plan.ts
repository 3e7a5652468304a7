import { EntityManager } from 'typeorm';
import {
  DepartmentEntity,
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import { DepartmentKind, vocabularyFor } from '@esm-planner/domain-departments';
import {
  departmentStatusFor,
  standardTasks,
} from '@esm-planner/domain-rollout';
import { AppError } from '../../common/app-error';
import { isUniqueViolation } from '../../common/postgres-errors';

const ONE_PLAN_INDEX = 'rollout_plan_department_uq';

/** A plan about to be created: checked for capacity, then stored. */
export type NewPlan = {
  department: DepartmentEntity;
  startDate: string;
  businessDays: boolean;
  allowOverCapacity: boolean;
};

/**
 * Stores a department's new plan inside the caller's transaction: the plan
 * in its first phase, the standard tasks in the department's vocabulary,
 * and the department's status. CONFLICT when a plan of the department was
 * stored meanwhile (the one-plan index).
 */
export async function storeNewPlan(
  manager: EntityManager,
  { department, startDate, businessDays, allowOverCapacity }: NewPlan,
): Promise<RolloutPlanEntity> {
  const departmentId = department.id;
  let saved: RolloutPlanEntity;
  try {
    saved = await manager.save(
      manager.create(RolloutPlanEntity, {
        organizationId: department.organizationId,
        departmentId,
        startDate,
        businessDays,
        allowOverCapacity,
        currentPhase: 'AUDIT_AND_DESIGN',
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, ONE_PLAN_INDEX))
      throw duplicatePlan(department);
    throw error;
  }
  const vocabulary = vocabularyFor({
    kind: department.kind as DepartmentKind,
    vocabulary: department.vocabulary,
  });
  await manager.save(
    standardTasks({ vocabulary }).map((task, position) =>
      manager.create(RolloutTaskEntity, {
        organizationId: department.organizationId,
        planId: saved.id,
        standardKey: task.key,
        title: task.title,
        phase: task.phase,
        position,
      }),
    ),
  );
  await manager.update(
    DepartmentEntity,
    { organizationId: department.organizationId, id: departmentId },
    {
      status: departmentStatusFor({
        currentPhase: 'AUDIT_AND_DESIGN',
        planDone: false,
      }),
    },
  );
  return saved;
}

/** CONFLICT: the department already has a plan. */
export function duplicatePlan(department: DepartmentEntity): AppError {
  return new AppError(
    'CONFLICT',
    `${department.name} already has a rollout plan`,
    {
      fields: [
        {
          field: 'departmentId',
          message: 'the department already has a rollout plan',
        },
      ],
    },
  );
}
