import { AT_RISK_VARIANCE, LATE_VARIANCE, planStatus } from './plan-status';

const base = {
  dayNumber: 40,
  allDone: false,
  scheduleVariance: 0,
  anyOverdue: false,
};

describe(planStatus.name, () => {
  it.each([
    // [what, overrides, status]
    ['on schedule', {}, 'ON_TRACK'],
    ['ahead of schedule', { scheduleVariance: 0.3 }, 'ON_TRACK'],
    [
      'exactly −0.10 (threshold is strict)',
      { scheduleVariance: -0.1 },
      'ON_TRACK',
    ],
    ['just below −0.10', { scheduleVariance: -0.1000001 }, 'AT_RISK'],
    ['−0.20', { scheduleVariance: -0.2 }, 'AT_RISK'],
    [
      'exactly −0.25 (threshold is strict)',
      { scheduleVariance: -0.25 },
      'AT_RISK',
    ],
    ['just below −0.25', { scheduleVariance: -0.2500001 }, 'LATE'],
    ['an overdue task on schedule', { anyOverdue: true }, 'AT_RISK'],
    ['day 90, not done', { dayNumber: 90 }, 'ON_TRACK'],
    ['day 91, not done', { dayNumber: 91 }, 'LATE'],
    ['day 91, all done', { dayNumber: 91, allDone: true }, 'DONE'],
    [
      'all done mid-plan despite a lagging variance',
      { allDone: true, scheduleVariance: -0.5 },
      'DONE',
    ],
    ['day 0', { dayNumber: 0 }, 'NOT_STARTED'],
    [
      'day 0 with an overdue task',
      { dayNumber: 0, anyOverdue: true },
      'NOT_STARTED',
    ],
    ['day −3, all done early', { dayNumber: -3, allDone: true }, 'DONE'],
    ['day 1', { dayNumber: 1 }, 'ON_TRACK'],
    [
      'no tasks (variance null) on day 5',
      { dayNumber: 5, scheduleVariance: null },
      'ON_TRACK',
    ],
    [
      'no tasks after day 90',
      { dayNumber: 91, scheduleVariance: null },
      'LATE',
    ],
  ] as const)('%s → %s', (_what, overrides, status) => {
    expect(planStatus({ ...base, ...overrides })).toBe(status);
  });

  it('treats (7 − 8) / 10 as exactly −0.10, unlike 0.7 − 0.8', () => {
    // Why evaluatePlan divides once: the subtraction of two quotients lands
    // one ulp below −0.1 and would turn an on-threshold plan AT_RISK.
    expect(0.7 - 0.8).toBeLessThan(AT_RISK_VARIANCE);
    expect((7 - 8) / 10).toBe(AT_RISK_VARIANCE);
    expect(planStatus({ ...base, scheduleVariance: (7 - 8) / 10 })).toBe(
      'ON_TRACK',
    );
    expect((3 - 4) / 4).toBe(LATE_VARIANCE);
  });
});
