import { formatEpochDay, parsePlainDate } from '@esm-planner/shared-util-dates';
import {
  PhaseDates,
  PlanCalendar,
  dayNumber,
  phaseDates,
} from './plan-calendar';
import { PlanStatus, planStatus } from './plan-status';
import { RolloutPhase, isRolloutPhase, phaseForDay } from './rollout-phase';

/** A plan task as the API stores it; the seeded ones come from standardTasks. */
export type RolloutTaskInput = {
  id: string;
  title: string;
  phase: RolloutPhase;
  /** ISO plain date; null or absent means the end of the task's phase. */
  dueDate?: string | null;
  done: boolean;
  owner?: string | null;
};

/** A task at a date: its effective due date and whether it is overdue. */
export type EvaluatedTask<T extends RolloutTaskInput = RolloutTaskInput> = Omit<
  T,
  'dueDate'
> & { dueDate: string; overdue: boolean };

export type PlanEvaluation<T extends RolloutTaskInput = RolloutTaskInput> = {
  asOf: string;
  dayNumber: number;
  currentPhase: RolloutPhase | null;
  phases: PhaseDates[];
  tasks: EvaluatedTask<T>[];
  /** Done tasks / all tasks, a fraction; null when the plan has no tasks. */
  progress: number | null;
  /** Tasks due before asOf / all tasks; null when the plan has no tasks. */
  expectedProgress: number | null;
  /** progress − expectedProgress; negative = behind; null without tasks. */
  scheduleVariance: number | null;
  status: PlanStatus;
};

function evaluateTask<T extends RolloutTaskInput>(
  task: T,
  phaseEnds: ReadonlyMap<RolloutPhase, number>,
  asOf: number,
): { task: EvaluatedTask<T>; dueEpochDay: number } {
  if (!isRolloutPhase(task.phase)) {
    throw new RangeError(
      `task ${task.id}: unknown phase ${String(task.phase)}`,
    );
  }
  const dueEpochDay =
    task.dueDate == null
      ? phaseEnds.get(task.phase)!
      : parsePlainDate(task.dueDate, `task ${task.id} dueDate`);
  // Due on a date means due by the end of it: overdue from the next day.
  const overdue = dueEpochDay < asOf && !task.done;
  const dueDate = formatEpochDay(dueEpochDay);
  return { task: { ...task, dueDate, overdue }, dueEpochDay };
}

/**
 * The state of a plan at `asOf` (domain §4): day number, phase by date,
 * phase dates, each task's due date and overdue flag, progress against the
 * schedule, and the status (precedence in planStatus). Invalid dates or an
 * unknown task phase throw a RangeError: the API validates input first.
 */
export function evaluatePlan<T extends RolloutTaskInput>({
  plan,
  tasks,
  asOf,
}: {
  plan: PlanCalendar;
  tasks: readonly T[];
  asOf: string;
}): PlanEvaluation<T> {
  const asOfDay = parsePlainDate(asOf, 'asOf');
  const phases = phaseDates(plan);
  const phaseEnds = new Map(
    phases.map((phase) => [
      phase.name,
      parsePlainDate(phase.endDate, 'endDate'),
    ]),
  );
  const day = dayNumber({ ...plan, asOf });
  const evaluated = tasks.map((task) => evaluateTask(task, phaseEnds, asOfDay));

  const total = evaluated.length;
  const done = evaluated.filter(({ task }) => task.done).length;
  const due = evaluated.filter(
    ({ dueEpochDay }) => dueEpochDay < asOfDay,
  ).length;
  // One division, (done − due) / total, rather than progress − expected:
  // 7/10 − 8/10 is −0.10000000000000009 in floating point and would cross
  // the strict −0.10 threshold that exactly −0.10 must not cross.
  const scheduleVariance = total === 0 ? null : (done - due) / total;

  return {
    asOf: formatEpochDay(asOfDay),
    dayNumber: day,
    currentPhase: phaseForDay(day),
    phases,
    tasks: evaluated.map(({ task }) => task),
    progress: total === 0 ? null : done / total,
    expectedProgress: total === 0 ? null : due / total,
    scheduleVariance,
    status: planStatus({
      dayNumber: day,
      allDone: total > 0 && done === total,
      scheduleVariance,
      anyOverdue: evaluated.some(({ task }) => task.overdue),
    }),
  };
}
