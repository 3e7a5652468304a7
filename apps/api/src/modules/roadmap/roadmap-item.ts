import type {
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import { DepartmentStatus } from '@esm-planner/domain-departments';
import {
  PlanCapacityVerdict,
  planSlotDates,
  roadmapGates,
  ScheduledDepartment,
} from '@esm-planner/domain-roadmap';
import {
  GateFacts,
  ItStabilityVerdict,
  phaseDates,
} from '@esm-planner/domain-rollout';
import { toDepartment } from '../departments/department.mapper';
import { RoadmapItem } from './dto/roadmap.object';
import type { ScheduleInputs, Scores } from './schedule-inputs';
import { evaluateStoredPlan, storedPhase } from './stored-plan';

// A plan over capacity names the plans it shares slot days with (domain §4: "shown as a warning with the overlapping plans").
function overCapacityOf(
  verdict: PlanCapacityVerdict<RolloutPlanEntity> | undefined,
  nameOf: Map<string, string>,
): Pick<RoadmapItem, 'overCapacity' | 'overlappingPlans'> {
  if (!verdict?.overCapacity)
    return { overCapacity: false, overlappingPlans: [] };
  return {
    overCapacity: true,
    overlappingPlans: verdict.overlapping.map((plan) => {
      const slot = planSlotDates(plan.startDate, plan.businessDays);
      return {
        departmentId: plan.departmentId,
        departmentName: nameOf.get(plan.departmentId) ?? '',
        startDate: slot.start,
        goLiveDate: slot.goLive,
      };
    }),
  };
}

/**
 * One department's row of the roadmap: its slot from the scheduler, its
 * plan evaluated at asOf (when it has one), its scores and its gates.
 */
export function roadmapItem({
  slot,
  department,
  plan,
  tasks,
  asOf,
  capacityVerdict,
  nameOf,
  scores,
  facts,
  itStability,
}: {
  slot: ScheduledDepartment;
  department: ScheduleInputs['sequence'][number];
  plan: RolloutPlanEntity | undefined;
  /** The organisation's tasks: the plan's are picked here. */
  tasks: readonly RolloutTaskEntity[];
  asOf: string;
  capacityVerdict: PlanCapacityVerdict<RolloutPlanEntity> | undefined;
  nameOf: Map<string, string>;
  scores: Scores;
  facts: Map<string, GateFacts>;
  itStability: ItStabilityVerdict | null;
}): RoadmapItem {
  const evaluated = plan
    ? evaluateStoredPlan({
        plan,
        tasks: tasks.filter((task) => task.planId === plan.id),
        asOf,
      })
    : null;
  return {
    department: toDepartment(department),
    order: slot.order,
    startDate: slot.startDate,
    endDate: slot.endDate,
    goLiveDate: slot.goLiveDate,
    status: department.status as DepartmentStatus,
    planStatus: evaluated?.status ?? null,
    currentPhase: plan ? storedPhase(plan) : null,
    planId: plan?.id ?? null,
    source: slot.source,
    constraint: slot.constraint,
    businessDays: slot.businessDays,
    ...overCapacityOf(capacityVerdict, nameOf),
    phases:
      evaluated?.phases ??
      phaseDates({
        startDate: slot.startDate,
        businessDays: slot.businessDays,
      }),
    ...scores.get(department.id)!,
    gates: roadmapGates({
      kind: department.kind,
      itStability,
      plan: plan
        ? {
            currentPhase: storedPhase(plan),
            facts: facts.get(department.id)!,
          }
        : null,
    }),
  };
}
