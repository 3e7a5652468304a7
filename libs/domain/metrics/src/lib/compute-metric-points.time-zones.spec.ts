import { itAnswersTheSameInEachZone } from '@esm-planner/shared-testing';

// computeMetricPoints run in a child process per server zone (the shared
// harness). The organisation's zone is an argument; the server's
// must not matter.

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
report({
  utcWeeks: totals('WEEK', 'UTC'),
  parisWeeks: totals('WEEK', 'Europe/Paris'),
  parisMonths: totals('MONTH', 'Europe/Paris'),
});
`;

describe('computeMetricPoints whatever the server’s time zone', () => {
  itAnswersTheSameInEachZone(
    'sorts the same requests into the same periods on a server in %s',
    SERVER_ZONES,
    SCRIPT,
    {
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
    },
  );
});
