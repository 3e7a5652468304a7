import { EntityManager } from 'typeorm';
import {
  DepartmentEntity,
  RoadmapSettingsEntity,
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import { DepartmentKind, vocabularyFor } from '@esm-planner/domain-departments';
import { addDays } from '@esm-planner/shared-util-dates';
import { periodStartOfDate } from '@esm-planner/domain-metrics';
import { RolloutPhase, standardTasks } from '@esm-planner/domain-rollout';
import { organizationToday } from '../modules/roadmap/organization-today';

/** Weeks of IT request data the demo imports (demo-requests.ts): IT went live at their start. */
const IT_DATA_WEEKS = 26;
/** HR's start, counted back from this Monday: its day 61 falls on the Monday five weeks ago. */
const HR_START_DAYS_BEFORE_MONDAY = 95;

type DemoPlan = {
  department: string;
  startDate: string;
  phase: RolloutPhase;
  /** Standard task keys already done. */
  done: readonly string[] | 'ALL';
};

/**
 * The demo's rollout plans (quality.md: IT live, HR in its pilot, Finance
 * auditing, Legal and Facilities planned — they have no plan; the roadmap
 * schedules them):
 * - IT started 60 days before its first week of request data, so its day 61
 *   (go-live) is that week's Monday; every task is done.
 * - HR started 95 days before this Monday, so its day 61 (go-live) was the
 *   Monday five weeks ago and its last four complete weeks of pilot records
 *   (demo-requests.ts) count as measured (domain §8): a new case takes HR's
 *   own deflection, not the benchmark. Its pilot ran over: still in
 *   PILOT_AND_MEASURE on day 96–102 with 8 of its 15 tasks done, so the plan
 *   is LATE (past day 90, not done) with "Train the service owner" and the
 *   later tasks overdue. IT was stable on HR's start date: the demo's IT
 *   weeks climb to 66 % over their first twelve weeks, and the four before
 *   HR's start (56–64 %) already pass the gate.
 * - Finance started 5 days ago, auditing, with 2 tasks done.
 * Two rollouts may overlap (HR's pilot and Finance's audit), so the demo's
 * capacity setting is 2.
 */
export function demoRolloutPlans({
  now,
  timeZone,
}: {
  now: Date;
  timeZone: string;
}): DemoPlan[] {
  const today = organizationToday(timeZone, now);
  const thisMonday = periodStartOfDate({
    date: now.toISOString().slice(0, 10),
    grain: 'WEEK',
  });
  const itDataStart = addDays({ date: thisMonday, days: -7 * IT_DATA_WEEKS });
  return [
    {
      department: 'IT',
      startDate: addDays({ date: itDataStart, days: -60 }),
      phase: 'FULL_ROLLOUT_AND_EXPAND',
      done: 'ALL',
    },
    {
      department: 'HR',
      startDate: addDays({
        date: thisMonday,
        days: -HR_START_DAYS_BEFORE_MONDAY,
      }),
      phase: 'PILOT_AND_MEASURE',
      done: [
        'audit-volume-by-channel',
        'map-top-request-types',
        'name-service-owner',
        'connect-systems',
        'build-catalogue',
        'configure-top-workflows',
        'set-slas',
        'launch-pilot',
      ],
    },
    {
      department: 'Finance',
      startDate: addDays({ date: today, days: -5 }),
      phase: 'AUDIT_AND_DESIGN',
      done: ['audit-volume-by-channel', 'name-service-owner'],
    },
  ];
}

/** Owners of the demo's tasks, by phase: the CoE runs the build, the department its audit and pilot. */
const OWNER_BY_PHASE: Record<RolloutPhase, string> = {
  AUDIT_AND_DESIGN: 'Service owner',
  BUILD_AND_CONFIGURE: 'Sam Ortiz (CoE)',
  PILOT_AND_MEASURE: 'Service owner',
  FULL_ROLLOUT_AND_EXPAND: 'Sam Ortiz (CoE)',
};

export async function seedDemoRollouts(
  manager: EntityManager,
  {
    organizationId,
    timeZone,
    departments,
    now,
  }: {
    organizationId: string;
    timeZone: string;
    departments: DepartmentEntity[];
    now: Date;
  },
): Promise<void> {
  await manager.save(
    manager.create(RoadmapSettingsEntity, {
      organizationId,
      maxConcurrentRollouts: 2,
      stabilityMinWeeklyRequests: 50,
      stabilityMinMeanDeflection: 0.4,
      stabilityMaxStdDeviation: 0.05,
      loadedHourlyCost: 45,
      departmentOrder: [],
    }),
  );
  for (const demo of demoRolloutPlans({ now, timeZone })) {
    const department = departments.find(
      (candidate) => candidate.name === demo.department,
    )!;
    const plan = await manager.save(
      manager.create(RolloutPlanEntity, {
        organizationId,
        departmentId: department.id,
        startDate: demo.startDate,
        businessDays: false,
        currentPhase: demo.phase,
      }),
    );
    const vocabulary = vocabularyFor({
      kind: department.kind as DepartmentKind,
      vocabulary: department.vocabulary,
    });
    const owner = (phase: RolloutPhase) =>
      OWNER_BY_PHASE[phase] === 'Service owner'
        ? department.serviceOwner
        : OWNER_BY_PHASE[phase];
    await manager.save(
      standardTasks({ vocabulary }).map((task, position) => {
        const done = demo.done === 'ALL' || demo.done.includes(task.key);
        return manager.create(RolloutTaskEntity, {
          organizationId,
          planId: plan.id,
          standardKey: task.key,
          title: task.title,
          phase: task.phase,
          owner: owner(task.phase),
          done,
          doneAt: done ? now : null,
          position,
        });
      }),
    );
  }
}
