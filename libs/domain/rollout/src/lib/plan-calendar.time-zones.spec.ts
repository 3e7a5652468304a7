import {
  itAnswersTheSameInEachZone,
  SEVEN_TIME_ZONES,
} from '@esm-planner/shared-testing';

// The plan calendar run in a child process per zone (the shared
// harness), in the seven zones of the kernel's own time-zone spec.

const SCRIPT = `
const { phaseDates, dayNumber, evaluatePlan } = require('./libs/domain/rollout/src/index.ts');
const ends = (plan) => phaseDates(plan).map((p) => p.endDate);
const evaluation = evaluatePlan({
  plan: { startDate: '2026-03-02' },
  tasks: [{ id: 'a', title: 'a', phase: 'AUDIT_AND_DESIGN', done: false }],
  asOf: '2026-03-17',
});
report({
  ends: [
    ends({ startDate: '2011-12-01' }),
    ends({ startDate: '2026-03-20' }),
    ends({ startDate: '2028-02-15', businessDays: true }),
    ends({ startDate: '2026-03-07', businessDays: true }),
  ],
  days: [
    dayNumber({ startDate: '2011-12-29', asOf: '2011-12-31' }),
    dayNumber({ startDate: '2026-03-06', asOf: '2026-04-06' }),
    dayNumber({ startDate: '2026-10-23', businessDays: true, asOf: '2026-10-26' }),
  ],
  status: [evaluation.dayNumber, evaluation.tasks[0].dueDate, evaluation.status],
});
`;

describe('plan dates in every time zone', () => {
  itAnswersTheSameInEachZone('are the same in %s', SEVEN_TIME_ZONES, SCRIPT, {
    ends: [
      // Over Samoa's missing 2011-12-30: Dec 1 + 14, + 29, + 59, + 89.
      ['2011-12-15', '2011-12-30', '2012-01-29', '2012-02-28'],
      // Over the spring DST changes of Europe, Santiago (Apr 5) and Lord Howe.
      ['2026-04-03', '2026-04-18', '2026-05-18', '2026-06-17'],
      ['2028-03-06', '2028-03-27', '2028-05-08', '2028-06-19'],
      ['2026-03-27', '2026-04-17', '2026-05-29', '2026-07-10'],
    ],
    // 2 days of calendar (Samoa's hole counts as a day), 32 over
    // Santiago's midnight change, and Fri → Mon over Europe's autumn change.
    days: [3, 32, 2],
    status: [16, '2026-03-16', 'LATE'],
  });
});
