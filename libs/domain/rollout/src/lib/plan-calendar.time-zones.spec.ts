import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Jest gives each test file its own copy of process.env, so setting TZ in a
// test changes nothing. A child Node process per zone does run in it (the
// approach of libs/domain/audit's plain-date.time-zones spec).
const WORKSPACE_ROOT = join(__dirname, '../../../../..');

// DST at 02:00 (Berlin, New York), DST at midnight (Santiago), a half-hour
// DST (Lord Howe), the day Samoa skipped (2011-12-30), and UTC+14.
const TIME_ZONES: [string, number][] = [
  // zone, minutes getTimezoneOffset() gives for 2026-01-01 (proves the switch)
  ['UTC', 0],
  ['Europe/Berlin', -60],
  ['America/New_York', 300],
  ['America/Santiago', 180],
  ['Australia/Lord_Howe', -660],
  ['Pacific/Apia', -780],
  ['Pacific/Kiritimati', -840],
];

const SCRIPT = `
const { phaseDates, dayNumber, evaluatePlan } = require('./libs/domain/rollout/src/index.ts');
const ends = (plan) => phaseDates(plan).map((p) => p.endDate);
const evaluation = evaluatePlan({
  plan: { startDate: '2026-03-02' },
  tasks: [{ id: 'a', title: 'a', phase: 'AUDIT_AND_DESIGN', done: false }],
  asOf: '2026-03-17',
});
process.stdout.write(JSON.stringify({
  offset: new Date(2026, 0, 1).getTimezoneOffset(),
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
}));
`;

function runIn(zone: string): unknown {
  const output = execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', '-e', SCRIPT],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    },
  );
  return JSON.parse(output);
}

describe('plan dates in every time zone', () => {
  it.each(TIME_ZONES)(
    'are the same in %s',
    (zone, offset) => {
      expect(runIn(zone)).toEqual({
        offset,
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
    },
    20_000,
  );
});
