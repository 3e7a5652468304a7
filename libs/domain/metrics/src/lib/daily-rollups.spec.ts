import { computeMetricPoints } from './compute-metric-points';
import {
  DailyRollup,
  pointsFromDailyRollups,
  rollupDayRange,
} from './daily-rollups';

const day = (date: string, counts: Partial<DailyRollup> = {}): DailyRollup => ({
  day: date,
  total: 0,
  deflected: 0,
  noTouch: 0,
  resolved: 0,
  slaMet: 0,
  slaTracked: 0,
  reopened: 0,
  resolutionMsSum: 0,
  ...counts,
});
const HOUR = 3_600_000;

describe('pointsFromDailyRollups', () => {
  it('adds the days of a week, Monday to Sunday (worked by hand)', () => {
    // Week of Mon 2026-03-02: Monday 10 requests (4 deflected, 1 no-touch, 8 resolved
    // in 16 h total, SLA 6/8, 1 reopened) + Sunday 2026-03-08 5 requests (1 deflected,
    // 2 resolved in 8 h, SLA 1/1). Monday 2026-03-09 starts the next week.
    const days = [
      day('2026-03-02', {
        total: 10,
        deflected: 4,
        noTouch: 1,
        resolved: 8,
        slaMet: 6,
        slaTracked: 8,
        reopened: 1,
        resolutionMsSum: 16 * HOUR,
      }),
      day('2026-03-08', {
        total: 5,
        deflected: 1,
        resolved: 2,
        slaMet: 1,
        slaTracked: 1,
        resolutionMsSum: 8 * HOUR,
      }),
      day('2026-03-09', { total: 7 }),
    ];
    const [week] = pointsFromDailyRollups({
      days,
      resolutions: [
        {
          periodStart: '2026-03-02',
          resolved: 10,
          medianMs: 2 * HOUR,
          p90Ms: 5.5 * HOUR,
        },
      ],
      from: '2026-03-02',
      to: '2026-03-08',
      grain: 'WEEK',
    });
    // total 15, deflected 5 → 1/3; resolved 10 → 2/3; MTTR 24 h / 10 = 2.4 h;
    // SLA 7/9; reopened 1 of 10 resolved.
    expect(week).toEqual({
      periodStart: '2026-03-02',
      total: 15,
      deflected: 5,
      noTouch: 1,
      resolved: 10,
      deflectionRate: 5 / 15,
      noTouchRate: 1 / 15,
      resolutionRate: 10 / 15,
      mttrHours: 2.4,
      medianResolutionHours: 2,
      p90ResolutionHours: 5.5,
      slaMet: 7,
      slaTracked: 9,
      slaAttainment: 7 / 9,
      reopened: 1,
      reopenRate: 0.1,
    });
  });

  it('splits months at the calendar month, leap day included, and gives null rates to empty periods', () => {
    const days = [
      day('2028-02-29', { total: 2, deflected: 1 }),
      day('2028-03-01', { total: 3 }),
    ];
    const points = pointsFromDailyRollups({
      days,
      resolutions: [],
      from: '2028-01-15',
      to: '2028-03-31',
      grain: 'MONTH',
    });
    expect(
      points.map((p) => [p.periodStart, p.total, p.deflectionRate]),
    ).toEqual([
      ['2028-01-01', 0, null],
      ['2028-02-01', 2, 0.5],
      ['2028-03-01', 3, 0],
    ]);
    expect(points[0]).toMatchObject({
      resolutionRate: null,
      mttrHours: null,
      medianResolutionHours: null,
      slaAttainment: null,
      reopenRate: null,
    });
  });

  it('refuses rollups whose resolution row disagrees with the days', () => {
    expect(() =>
      pointsFromDailyRollups({
        days: [
          day('2026-03-02', { total: 1, resolved: 1, resolutionMsSum: HOUR }),
        ],
        resolutions: [],
        from: '2026-03-02',
        to: '2026-03-08',
        grain: 'WEEK',
      }),
    ).toThrow(RangeError);
  });

  it('gives the same points as computeMetricPoints over the requests themselves', () => {
    // Requests in UTC; the rollups are built here by hand, per day.
    const requests = [
      {
        openedAt: '2026-03-02T08:00:00Z',
        resolvedAt: '2026-03-02T09:30:00Z',
        resolution: 'DEFLECTED' as const,
        slaMet: true,
        reopened: false,
      },
      {
        openedAt: '2026-03-03T08:00:00Z',
        resolvedAt: '2026-03-04T08:00:00Z',
        resolution: 'AGENT' as const,
        slaMet: false,
        reopened: true,
      },
      {
        openedAt: '2026-03-03T10:00:00Z',
        resolvedAt: null,
        resolution: null,
        slaMet: null,
        reopened: null,
      },
      {
        openedAt: '2026-03-10T10:00:00Z',
        resolvedAt: '2026-03-10T10:06:00Z',
        resolution: 'NO_TOUCH' as const,
        slaMet: true,
        reopened: false,
      },
    ];
    const days = [
      day('2026-03-02', {
        total: 1,
        deflected: 1,
        resolved: 1,
        slaMet: 1,
        slaTracked: 1,
        resolutionMsSum: 1.5 * HOUR,
      }),
      day('2026-03-03', {
        total: 2,
        resolved: 1,
        slaTracked: 1,
        reopened: 1,
        resolutionMsSum: 24 * HOUR,
      }),
      day('2026-03-10', {
        total: 1,
        deflected: 1,
        noTouch: 1,
        resolved: 1,
        slaMet: 1,
        slaTracked: 1,
        resolutionMsSum: 0.1 * HOUR,
      }),
    ];
    // Week 1 durations 1.5 h and 24 h: nearest-rank median = rank 1 = 1.5 h, P90 = rank 2 = 24 h.
    const resolutions = [
      {
        periodStart: '2026-03-02',
        resolved: 2,
        medianMs: 1.5 * HOUR,
        p90Ms: 24 * HOUR,
      },
      {
        periodStart: '2026-03-09',
        resolved: 1,
        medianMs: 0.1 * HOUR,
        p90Ms: 0.1 * HOUR,
      },
    ];
    const range = {
      from: '2026-03-02',
      to: '2026-03-22',
      grain: 'WEEK' as const,
    };
    expect(pointsFromDailyRollups({ days, resolutions, ...range })).toEqual(
      computeMetricPoints({ requests, ...range, timeZone: 'UTC' }),
    );
  });
});

describe('rollupDayRange', () => {
  it('covers whole periods', () => {
    expect(
      rollupDayRange({ from: '2026-03-04', to: '2026-03-10', grain: 'WEEK' }),
    ).toEqual({ firstDay: '2026-03-02', endDay: '2026-03-16' });
    expect(
      rollupDayRange({ from: '2026-12-15', to: '2026-12-20', grain: 'MONTH' }),
    ).toEqual({ firstDay: '2026-12-01', endDay: '2027-01-01' });
  });
});
