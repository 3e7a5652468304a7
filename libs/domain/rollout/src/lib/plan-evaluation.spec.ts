import fc from 'fast-check';
import { RolloutTaskInput, evaluatePlan } from './plan-evaluation';
import { ROLLOUT_PHASES, RolloutPhase } from './rollout-phase';
import { standardTasks } from './standard-tasks';

// Calendar plan from Mon 2026-03-02. Phase ends (due dates by default):
// AUDIT 03-16 (day 15), BUILD 03-31 (day 30), PILOT 04-30 (day 60),
// FULL 05-30 (day 90).
const PLAN = { startDate: '2026-03-02', businessDays: false };

function seeded(doneKeys: readonly string[] = []): RolloutTaskInput[] {
  return standardTasks({ vocabulary: 'request' }).map(
    ({ key, phase, title }) => ({
      id: key,
      title,
      phase,
      done: doneKeys.includes(key),
    }),
  );
}

const keysOf = (phase: RolloutPhase) =>
  standardTasks({ vocabulary: 'request' })
    .filter((t) => t.phase === phase)
    .map((t) => t.key);
const AUDIT = keysOf('AUDIT_AND_DESIGN'); // 4 tasks
const BUILD = keysOf('BUILD_AND_CONFIGURE'); // 4 tasks
const PILOT = keysOf('PILOT_AND_MEASURE'); // 4 tasks

// n tasks of one phase, the first `done` of them done.
function batch(
  phase: RolloutPhase,
  n: number,
  done: number,
): RolloutTaskInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${phase}-${i}`,
    title: `task ${i}`,
    phase,
    done: i < done,
  }));
}

function evaluate(tasks: RolloutTaskInput[], asOf: string) {
  return evaluatePlan({ plan: PLAN, tasks, asOf });
}

describe(evaluatePlan.name, () => {
  it('before day 1: NOT_STARTED, no phase, nothing expected yet', () => {
    const result = evaluate(seeded(), '2026-03-01');
    expect(result).toMatchObject({
      asOf: '2026-03-01',
      dayNumber: 0,
      currentPhase: null,
      progress: 0,
      expectedProgress: 0,
      scheduleVariance: 0,
      status: 'NOT_STARTED',
    });
    expect(result.phases[3]).toEqual({
      name: 'FULL_ROLLOUT_AND_EXPAND',
      startDate: '2026-05-01',
      endDate: '2026-05-30',
    });
    expect(result.tasks.map((t) => t.dueDate)).toEqual([
      ...Array(4).fill('2026-03-16'),
      ...Array(4).fill('2026-03-31'),
      ...Array(4).fill('2026-04-30'),
      ...Array(3).fill('2026-05-30'),
    ]);
  });

  it('on day 1: ON_TRACK in AUDIT_AND_DESIGN', () => {
    expect(evaluate(seeded(), '2026-03-02')).toMatchObject({
      dayNumber: 1,
      currentPhase: 'AUDIT_AND_DESIGN',
      status: 'ON_TRACK',
    });
  });

  it('on the last day of a phase its open tasks are due, not overdue', () => {
    // Day 15: the AUDIT tasks are due today, so none is "due before asOf".
    const result = evaluate(seeded(), '2026-03-16');
    expect(result).toMatchObject({
      dayNumber: 15,
      expectedProgress: 0,
      status: 'ON_TRACK',
    });
    expect(result.tasks.some((t) => t.overdue)).toBe(false);
  });

  it('on the first day of the next phase an open task is overdue: AT_RISK', () => {
    // Day 16: 4 of 15 due; 3 done → progress 3/15, expected 4/15,
    // variance −1/15 ≈ −0.067 (above −0.10) but one task overdue.
    const result = evaluate(seeded(AUDIT.slice(0, 3)), '2026-03-17');
    expect(result).toMatchObject({
      dayNumber: 16,
      currentPhase: 'BUILD_AND_CONFIGURE',
      progress: 3 / 15,
      expectedProgress: 4 / 15,
      scheduleVariance: -1 / 15,
      status: 'AT_RISK',
    });
    expect(result.tasks.filter((t) => t.overdue).map((t) => t.id)).toEqual([
      AUDIT[3],
    ]);
  });

  it('on day 31 with both finished phases done: ON_TRACK', () => {
    // 8 of 15 due, 8 done, plus one PILOT task ahead: variance +1/15.
    const result = evaluate(
      seeded([...AUDIT, ...BUILD, PILOT[0]]),
      '2026-04-01',
    );
    expect(result).toMatchObject({
      dayNumber: 31,
      currentPhase: 'PILOT_AND_MEASURE',
      progress: 9 / 15,
      expectedProgress: 8 / 15,
      scheduleVariance: 1 / 15,
      status: 'ON_TRACK',
    });
  });

  it('on day 90 with only the last phase open: ON_TRACK', () => {
    // 12 of 15 due before 05-30 and done: 0.8 − 0.8 = 0.
    const result = evaluate(
      seeded([...AUDIT, ...BUILD, ...PILOT]),
      '2026-05-30',
    );
    expect(result).toMatchObject({
      dayNumber: 90,
      progress: 0.8,
      expectedProgress: 0.8,
      status: 'ON_TRACK',
    });
  });

  it('after day 90: LATE with anything open, DONE with everything done', () => {
    const all = seeded().map((t) => t.id);
    expect(evaluate(seeded(all.slice(1)), '2026-05-31')).toMatchObject({
      dayNumber: 91,
      currentPhase: 'FULL_ROLLOUT_AND_EXPAND',
      status: 'LATE',
    });
    expect(evaluate(seeded(all), '2026-05-31')).toMatchObject({
      progress: 1,
      status: 'DONE',
    });
  });

  it.each([
    // 10 AUDIT + 10 BUILD tasks on day 16: 10 of 20 are due.
    [8, 0, -0.1, 'AT_RISK'], // −0.10 exactly; AT_RISK for the 2 overdue tasks
    [6, 1, -0.15, 'AT_RISK'],
    [5, 0, -0.25, 'AT_RISK'], // exactly −0.25 is not LATE
    [4, 0, -0.3, 'LATE'],
    [10, 0, 0, 'ON_TRACK'],
  ])(
    '%d of 10 due and %d of 10 not-yet-due done → variance %p, %s',
    (doneDue, doneAhead, variance, status) => {
      const tasks = [
        ...batch('AUDIT_AND_DESIGN', 10, doneDue),
        ...batch('BUILD_AND_CONFIGURE', 10, doneAhead),
      ];
      const result = evaluate(tasks, '2026-03-17');
      expect(result.scheduleVariance).toBe(variance);
      expect(result.status).toBe(status);
    },
  );

  it('computes −0.10 exactly where progress − expected would not', () => {
    // 7 done of 10, 8 due: 0.7 − 0.8 = −0.10000000000000009, (7 − 8) / 10 = −0.1.
    const tasks = [
      ...batch('AUDIT_AND_DESIGN', 8, 7),
      ...batch('BUILD_AND_CONFIGURE', 2, 0),
    ];
    expect(evaluate(tasks, '2026-03-17').scheduleVariance).toBe(-0.1);
  });

  it('uses a task’s own due date when set', () => {
    const tasks: RolloutTaskInput[] = [
      {
        id: 'a',
        title: 'Early pilot invite',
        phase: 'PILOT_AND_MEASURE',
        dueDate: '2026-03-10',
        done: false,
        owner: 'Ana',
      },
      {
        id: 'b',
        title: 'Later',
        phase: 'AUDIT_AND_DESIGN',
        dueDate: null,
        done: false,
      },
    ];
    const result = evaluate(tasks, '2026-03-11');
    expect(result.tasks).toEqual([
      {
        id: 'a',
        title: 'Early pilot invite',
        phase: 'PILOT_AND_MEASURE',
        dueDate: '2026-03-10',
        done: false,
        owner: 'Ana',
        overdue: true,
      },
      {
        id: 'b',
        title: 'Later',
        phase: 'AUDIT_AND_DESIGN',
        dueDate: '2026-03-16',
        done: false,
        overdue: false,
      },
    ]);
    expect(result).toMatchObject({
      dayNumber: 10,
      expectedProgress: 0.5,
      scheduleVariance: -0.5,
      status: 'LATE',
    });
  });

  it('stays NOT_STARTED before day 1 even with a task overdue by its own date', () => {
    const tasks: RolloutTaskInput[] = [
      {
        id: 'a',
        title: 'Prep',
        phase: 'AUDIT_AND_DESIGN',
        dueDate: '2026-02-20',
        done: false,
      },
    ];
    const result = evaluate(tasks, '2026-02-25');
    expect(result.status).toBe('NOT_STARTED');
    expect(result.tasks[0].overdue).toBe(true);
  });

  it('keeps the caller’s extra task fields', () => {
    const tasks = [
      {
        id: 'a',
        title: 'x',
        phase: 'AUDIT_AND_DESIGN' as const,
        done: true,
        position: 3,
      },
    ];
    expect(
      evaluatePlan({ plan: PLAN, tasks, asOf: '2026-03-05' }).tasks[0].position,
    ).toBe(3);
  });

  it('has null rates and no DONE without tasks', () => {
    expect(evaluate([], '2026-03-05')).toMatchObject({
      progress: null,
      expectedProgress: null,
      scheduleVariance: null,
      status: 'ON_TRACK',
      tasks: [],
    });
    expect(evaluate([], '2026-06-01').status).toBe('LATE');
  });

  it('counts a business-day plan in working days (Fri 2026-03-06)', () => {
    // AUDIT ends Thu 03-26 (day 15); Sat 03-28 counts as Fri 03-27, day 16.
    const result = evaluatePlan({
      plan: { startDate: '2026-03-06', businessDays: true },
      tasks: seeded(AUDIT),
      asOf: '2026-03-28',
    });
    expect(result).toMatchObject({
      dayNumber: 16,
      currentPhase: 'BUILD_AND_CONFIGURE',
      expectedProgress: 4 / 15,
      status: 'ON_TRACK',
    });
    expect(result.tasks[0].dueDate).toBe('2026-03-26');
  });

  it('refuses an unknown phase and a due date that is not a date', () => {
    const bad = {
      id: 't1',
      title: 'x',
      phase: 'PILOT' as RolloutPhase,
      done: false,
    };
    expect(() => evaluate([bad], '2026-03-05')).toThrow(
      'task t1: unknown phase PILOT',
    );
    const badDate = {
      id: 't2',
      title: 'x',
      phase: 'PILOT_AND_MEASURE' as const,
      dueDate: '2026-02-30',
      done: false,
    };
    expect(() => evaluate([badDate], '2026-03-05')).toThrow(
      'task t2 dueDate must be a date YYYY-MM-DD, got "2026-02-30"',
    );
  });

  it('flags an overdue task whenever the plan is behind schedule', () => {
    // So from day 1 to day 90 a negative variance is at least AT_RISK.
    const task = fc.record({
      id: fc.string(),
      title: fc.string(),
      phase: fc.constantFrom(...ROLLOUT_PHASES),
      done: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(task, { maxLength: 30 }),
        fc.integer({ min: -10, max: 120 }),
        (tasks, offset) => {
          const asOf = new Date(Date.UTC(2026, 2, 2 + offset))
            .toISOString()
            .slice(0, 10);
          const result = evaluate(tasks, asOf);
          if ((result.scheduleVariance ?? 0) >= 0) return true;
          return result.tasks.some((t) => t.overdue);
        },
      ),
      { seed: 20260302, numRuns: 500 },
    );
  });
});
