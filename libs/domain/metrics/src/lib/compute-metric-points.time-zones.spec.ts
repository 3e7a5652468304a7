import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Jest gives each test file its own copy of process.env, so setting TZ in a
// test changes nothing. A child Node process per zone does run in it. The
// organisation's zone is an argument; the server's must not matter.
const WORKSPACE_ROOT = join(__dirname, '../../../../..');

const SERVER_ZONES: [string, number][] = [
  // zone, minutes getTimezoneOffset() gives for 2026-01-01 (proves the switch)
  ['UTC', 0],
  ['Europe/Berlin', -60],
  ['America/Los_Angeles', 480],
  ['Pacific/Apia', -780],
  ['Pacific/Kiritimati', -840],
];

const SCRIPT = `
const { computeMetricPoints } = require('./libs/domain/metrics/src/lib/compute-metric-points.ts');
const requests = [
  { openedAt: '2026-03-01T23:30:00Z', resolution: 'NO_TOUCH', resolvedAt: '2026-03-02T00:30:00Z' },
  { openedAt: '2026-03-08T12:00:00Z', resolution: 'AGENT' },
  { openedAt: '2026-03-29T22:30:00Z' },
  { openedAt: '2026-03-31T23:00:00Z' },
];
const totals = (grain, timeZone) =>
  computeMetricPoints({ requests, from: '2026-02-23', to: '2026-04-05', grain, timeZone })
    .map((point) => point.periodStart + '=' + point.total);
process.stdout.write(JSON.stringify({
  offset: new Date(2026, 0, 1).getTimezoneOffset(),
  utcWeeks: totals('WEEK', 'UTC'),
  parisWeeks: totals('WEEK', 'Europe/Paris'),
  parisMonths: totals('MONTH', 'Europe/Paris'),
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

describe('computeMetricPoints whatever the server’s time zone', () => {
  it.each(SERVER_ZONES)(
    'sorts the same requests into the same periods on a server in %s',
    (zone, offset) => {
      expect(runIn(zone)).toEqual({
        offset,
        // 1 March 23:30Z is Sunday in UTC, Monday in Paris; 29 March 22:30Z
        // is Sunday in UTC, Monday 00:30 in Paris (CEST); 31 March 23:00Z
        // is 1 April in Paris.
        utcWeeks: [
          '2026-02-23=1',
          '2026-03-02=1',
          '2026-03-09=0',
          '2026-03-16=0',
          '2026-03-23=1',
          '2026-03-30=1',
        ],
        parisWeeks: [
          '2026-02-23=0',
          '2026-03-02=2',
          '2026-03-09=0',
          '2026-03-16=0',
          '2026-03-23=0',
          '2026-03-30=2',
        ],
        parisMonths: ['2026-02-01=0', '2026-03-01=3', '2026-04-01=1'],
      });
    },
    20_000,
  );
});
