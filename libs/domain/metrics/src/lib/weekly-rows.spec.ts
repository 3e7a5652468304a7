import {
  weeklyRowPoints,
  weeklyRowProblems,
  WeeklyMetricsRow,
} from './weekly-rows';

describe(weeklyRowPoints.name, () => {
  it('turns a full row into a point: rates from its counts, its mean as mttr', () => {
    // 40/100 deflected, 20/100 no-touch, 90/100 resolved, 70/80 SLA met.
    const [point] = weeklyRowPoints({
      rows: [
        {
          weekStart: '2026-03-23',
          total: 100,
          deflected: 40,
          noTouch: 20,
          resolved: 90,
          slaMet: 70,
          slaTracked: 80,
          meanResolutionHours: 10,
        },
      ],
    });
    expect(point).toEqual({
      periodStart: '2026-03-23',
      total: 100,
      deflected: 40,
      noTouch: 20,
      resolved: 90,
      deflectionRate: 0.4,
      noTouchRate: 0.2,
      resolutionRate: 0.9,
      mttrHours: 10,
      medianResolutionHours: null,
      p90ResolutionHours: null,
      slaMet: 70,
      slaTracked: 80,
      slaAttainment: 0.875,
      reopened: null,
      reopenRate: null,
    });
  });

  it('leaves what the sheet did not report null, not 0', () => {
    const [point] = weeklyRowPoints({
      rows: [{ weekStart: '2026-03-23', total: 10, deflected: 4 }],
    });
    expect(point).toMatchObject({
      deflectionRate: 0.4,
      noTouch: null,
      noTouchRate: null,
      resolved: null,
      resolutionRate: null,
      mttrHours: null,
      slaMet: null,
      slaTracked: null,
      slaAttainment: null,
    });
  });

  it('gives null rates for a week of 0 requests and no mean when nothing was resolved', () => {
    const [point] = weeklyRowPoints({
      rows: [
        {
          weekStart: '2026-03-23',
          total: 0,
          deflected: 0,
          resolved: 0,
          slaMet: 0,
          slaTracked: 0,
          meanResolutionHours: 5,
        },
      ],
    });
    expect(point).toMatchObject({
      deflectionRate: null,
      resolutionRate: null,
      slaAttainment: null,
      mttrHours: null,
    });
  });

  it('sorts the weeks', () => {
    const rows = ['2026-03-30', '2026-03-16', '2026-03-23'].map(
      (weekStart) => ({ weekStart, total: 1, deflected: 0 }),
    );
    expect(weeklyRowPoints({ rows }).map((point) => point.periodStart)).toEqual(
      ['2026-03-16', '2026-03-23', '2026-03-30'],
    );
  });

  it('refuses a week that appears twice', () => {
    const row = { weekStart: '2026-03-23', total: 1, deflected: 0 };
    expect(() => weeklyRowPoints({ rows: [row, row] })).toThrow(
      'weekly row 1: week 2026-03-23 appears twice',
    );
  });

  it('refuses an invalid row, naming it', () => {
    expect(() =>
      weeklyRowPoints({
        rows: [{ weekStart: '2026-03-24', total: 1, deflected: 0 }],
      }),
    ).toThrow('weekly row 0: weekStart "2026-03-24" is not a Monday');
  });
});

describe(weeklyRowProblems.name, () => {
  const VALID: WeeklyMetricsRow = {
    weekStart: '2026-03-23',
    total: 10,
    deflected: 5,
    noTouch: 2,
    resolved: 9,
  };

  it('finds none in a valid row', () => {
    expect(weeklyRowProblems({ row: VALID })).toEqual([]);
  });

  it.each([
    [{ weekStart: '2026-03-29' }, 'weekStart "2026-03-29" is not a Monday'],
    [{ weekStart: '2026-02-30' }, 'weekStart "2026-02-30" is not a Monday'],
    [{ total: -1 }, 'total must be a non-negative integer, got -1'],
    [{ deflected: 2.5 }, 'deflected must be a non-negative integer, got 2.5'],
    [{ noTouch: 6 }, 'noTouch (6) is more than deflected (5)'],
    [{ deflected: 11, noTouch: 0 }, 'deflected (11) is more than total (10)'],
    [{ resolved: 12 }, 'resolved (12) is more than total (10)'],
    [{ slaMet: 4, slaTracked: 3 }, 'slaMet (4) is more than slaTracked (3)'],
    [
      { meanResolutionHours: -1 },
      'meanResolutionHours must be a non-negative number, got -1',
    ],
    [
      { meanResolutionHours: Number.NaN },
      'meanResolutionHours must be a non-negative number, got NaN',
    ],
  ])('%p: %s', (change, message) => {
    // The field is the one the message names first.
    const field = message.split(' ')[0];
    expect(weeklyRowProblems({ row: { ...VALID, ...change } })).toEqual([
      expect.objectContaining({ field, message }),
    ]);
  });
});
