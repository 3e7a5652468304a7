import { RolloutPlanEntity, RolloutTaskEntity } from '@esm-planner/api-data-access-db';
import {
  departmentStatusFor,
  evaluatePlan,
  GateFacts,
  isRolloutPhase,
  nextPhase,
  phaseGate,
  planDayDate,
  RolloutPhase,
  ROLLOUT_PHASES,
} from '@esm-planner/domain-rollout';
import { RolloutPlan } from './dto/rollout-plan.object';

export function storedPhase(plan: RolloutPlanEntity): RolloutPhase {
  // Written only by this module from ROLLOUT_PHASES; anything else is the first phase.
  return isRolloutPhase(plan.currentPhase) ? plan.currentPhase : 'AUDIT_AND_DESIGN';
}

/** Tasks in phase order, then by position (the order the checklist shows). */
export function sortTasks(tasks: readonly RolloutTaskEntity[]): RolloutTaskEntity[] {
  const rank = (phase: string) => {
    const index = ROLLOUT_PHASES.indexOf(phase as RolloutPhase);
    return index === -1 ? ROLLOUT_PHASES.length : index;
  };
  return [...tasks].sort((a, b) => rank(a.phase) - rank(b.phase) || a.position - b.position || a.id.localeCompare(b.id));
}

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
  const calendar = { startDate: plan.startDate, businessDays: plan.businessDays };
  const ordered = sortTasks(tasks);
  const evaluation = evaluatePlan({
    plan: calendar,
    asOf,
    tasks: ordered.map((task) => ({
      id: task.id,
      title: task.title,
      phase: isRolloutPhase(task.phase) ? task.phase : 'AUDIT_AND_DESIGN',
      dueDate: task.dueDate,
      done: task.done,
      owner: task.owner,
      entity: task,
    })),
  });
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
    departmentStatus: departmentStatusFor({ currentPhase: phase, planDone: false }),
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
    gate: next && gate ? { name: next, holds: gate.holds, reasons: gate.reasons } : null,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}
