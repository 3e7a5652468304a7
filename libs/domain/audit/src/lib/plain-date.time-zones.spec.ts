import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Jest gives each test file its own copy of process.env, so setting TZ in a
// test changes nothing. A child Node process per zone does run in it.
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

const WINDOWS = [
  ['2026-03-02', '2026-03-15'], // 14
  ['2026-03-05', '2026-03-11'], // 7, over the US spring change
  ['2026-03-26', '2026-04-01'], // 7, over the European spring change
  ['2026-10-22', '2026-10-28'], // 7, over the European autumn change
  ['2026-04-03', '2026-04-06'], // 4, over Santiago's change at midnight
  ['2024-02-28', '2024-03-01'], // 3, leap day
  ['2011-12-29', '2011-12-31'], // 3, Samoa's missing day
];
const DATES = ['2026-03-29', '2024-02-29', '2011-12-30', '2026-04-05'];

const SCRIPT = `
const { windowDays } = require('./libs/domain/audit/src/lib/audit-window.ts');
const { weekdayOf } = require('./libs/domain/audit/src/lib/plain-date.ts');
const windows = ${JSON.stringify(WINDOWS)};
const dates = ${JSON.stringify(DATES)};
process.stdout.write(JSON.stringify({
  offset: new Date(2026, 0, 1).getTimezoneOffset(),
  days: windows.map(([windowStart, windowEnd]) => windowDays({ windowStart, windowEnd })),
  weekdays: dates.map(weekdayOf),
}));
`;

function runIn(zone: string): {
  offset: number;
  days: number[];
  weekdays: string[];
} {
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

describe('plain dates in every time zone', () => {
  it.each(TIME_ZONES)(
    'counts the same days in %s',
    (zone, offset) => {
      expect(runIn(zone)).toEqual({
        offset,
        days: [14, 7, 7, 7, 4, 3, 3],
        weekdays: ['Sunday', 'Thursday', 'Friday', 'Sunday'],
      });
    },
    20_000,
  );
});
