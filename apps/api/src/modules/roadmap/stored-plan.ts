import {
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import {
  evaluatePlan,
  isRolloutPhase,
  RolloutPhase,
  ROLLOUT_PHASES,
} from '@esm-planner/domain-rollout';

// A saved plan read through the domain library: what the roadmap shows of
// it (status, phases) and what the rollouts module builds its answer from.

export function storedPhase(plan: RolloutPlanEntity): RolloutPhase {
  // Written only by the rollouts module from ROLLOUT_PHASES; anything else is the first phase.
  return isRolloutPhase(plan.currentPhase)
    ? plan.currentPhase
    : 'AUDIT_AND_DESIGN';
}

/** Tasks in phase order, then by position (the order the checklist shows). */
export function sortTasks(
  tasks: readonly RolloutTaskEntity[],
): RolloutTaskEntity[] {
  const rank = (phase: string) => {
    const index = ROLLOUT_PHASES.indexOf(phase as RolloutPhase);
    return index === -1 ? ROLLOUT_PHASES.length : index;
  };
  return [...tasks].sort(
    (a, b) =>
      rank(a.phase) - rank(b.phase) ||
      a.position - b.position ||
      a.id.localeCompare(b.id),
  );
}

/** The domain's evaluation of a saved plan and its tasks at asOf. */
export function evaluateStoredPlan({
  plan,
  tasks,
  asOf,
}: {
  plan: RolloutPlanEntity;
  tasks: readonly RolloutTaskEntity[];
  asOf: string;
}) {
  return evaluatePlan({
    plan: { startDate: plan.startDate, businessDays: plan.businessDays },
    asOf,
    tasks: sortTasks(tasks).map((task) => ({
      id: task.id,
      title: task.title,
      phase: isRolloutPhase(task.phase) ? task.phase : 'AUDIT_AND_DESIGN',
      dueDate: task.dueDate,
      done: task.done,
      owner: task.owner,
      entity: task,
    })),
  });
}
