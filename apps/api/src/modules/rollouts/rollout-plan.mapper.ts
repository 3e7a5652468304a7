import {
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import {
  departmentStatusFor,
  GateFacts,
  nextPhase,
  phaseGate,
  planDayDate,
} from '@esm-planner/domain-rollout';
import { evaluateStoredPlan, storedPhase } from '../roadmap/stored-plan';
import { RolloutPlan } from './dto/rollout-plan.object';

/** The plan at asOf: the domain library's evaluation, the stored phase and its next gate. */
export function toRolloutPlan({
  plan,
  tasks,
  asOf,
  facts,
}: {
  plan: RolloutPlanEntity;
  tasks: readonly RolloutTaskEntity[];
  asOf: string;
  facts: GateFacts;
}): RolloutPlan {
  const calendar = {
    startDate: plan.startDate,
    businessDays: plan.businessDays,
  };
  const evaluation = evaluateStoredPlan({ plan, tasks, asOf });
  const phase = storedPhase(plan);
  const next = nextPhase(phase);
  const gate = next ? phaseGate({ to: next, facts }) : null;
  return {
    id: plan.id,
    departmentId: plan.departmentId,
    startDate: plan.startDate,
    businessDays: plan.businessDays,
    allowOverCapacity: plan.allowOverCapacity,
    asOf: evaluation.asOf,
    dayNumber: evaluation.dayNumber,
    currentPhase: phase,
    phaseByDate: evaluation.currentPhase,
    status: evaluation.status,
    departmentStatus: departmentStatusFor({
      currentPhase: phase,
      planDone: false,
    }),
    progress: evaluation.progress,
    expectedProgress: evaluation.expectedProgress,
    scheduleVariance: evaluation.scheduleVariance,
    goLiveDate: planDayDate({ ...calendar, day: 61 }),
    endDate: planDayDate({ ...calendar, day: 90 }),
    phases: evaluation.phases,
    tasks: evaluation.tasks.map((task) => ({
      id: task.id,
      planId: plan.id,
      title: task.title,
      phase: task.phase,
      owner: task.owner ?? null,
      dueDate: task.dueDate,
      dueDateSet: task.entity.dueDate !== null,
      done: task.done,
      doneAt: task.entity.doneAt,
      overdue: task.overdue,
      position: task.entity.position,
      standardKey: task.entity.standardKey,
    })),
    gate:
      next && gate
        ? { name: next, holds: gate.holds, reasons: gate.reasons }
        : null,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}
