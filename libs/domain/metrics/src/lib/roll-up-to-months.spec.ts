import { rollUpToMonths } from './roll-up-to-months';
import { WeeklyMetricsRow } from './weekly-rows';

// Three weeks, worked by hand. The week of Monday 30 March runs to Sunday
// 5 April but belongs to March, the month of its Monday.
//
//  week        total defl noTouch resolved slaMet/tracked mean h
//  2026-03-23   100   40    20       90       70 / 80       10
//  2026-03-30    50   30    10       45       40 / 45        4
//  2026-04-06    80   20     –       80        – / –         6
//
//  March: total 150, deflected 70 → 70/150 = 0.4666…, noTouch 30 → 0.2,
//  resolved 135 → 0.9, SLA 110/125 = 0.88,
//  mttr (90 × 10 + 45 × 4) / 135 = 1080 / 135 = 8 h (not (10 + 4) / 2 = 7).
//  April: total 80, deflected 20 → 0.25, no no-touch or SLA figures, mttr 6.
const WEEKS: WeeklyMetricsRow[] = [
  {
    weekStart: '2026-04-06',
    total: 80,
    deflected: 20,
    noTouch: null,
    resolved: 80,
    meanResolutionHours: 6,
  },
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
  {
    weekStart: '2026-03-30',
    total: 50,
    deflected: 30,
    noTouch: 10,
    resolved: 45,
    slaMet: 40,
    slaTracked: 45,
    meanResolutionHours: 4,
  },
];

describe(rollUpToMonths.name, () => {
  it('adds the weeks of each month, attributed by their Monday', () => {
    const [march, april] = rollUpToMonths({ rows: WEEKS });
    expect(march).toEqual({
      periodStart: '2026-03-01',
      total: 150,
      deflected: 70,
      noTouch: 30,
      resolved: 135,
      deflectionRate: 70 / 150,
      noTouchRate: 0.2,
      resolutionRate: 0.9,
      mttrHours: 8,
      medianResolutionHours: null,
      p90ResolutionHours: null,
      slaMet: 110,
      slaTracked: 125,
      slaAttainment: 0.88,
      reopened: null,
      reopenRate: null,
    });
    expect(april).toMatchObject({
      periodStart: '2026-04-01',
      total: 80,
      deflectionRate: 0.25,
      noTouch: null,
      noTouchRate: null,
      slaAttainment: null,
      mttrHours: 6,
    });
  });

  it('gives a month without any week no point', () => {
    const rows = [
      WEEKS[1],
      { weekStart: '2026-05-04', total: 1, deflected: 1 },
    ];
    expect(rollUpToMonths({ rows }).map((point) => point.periodStart)).toEqual([
      '2026-03-01',
      '2026-05-01',
    ]);
  });

  it('makes a count null for the month when one of its weeks lacks it', () => {
    const rows = [WEEKS[1], { ...WEEKS[2], noTouch: null }];
    const [march] = rollUpToMonths({ rows });
    expect(march).toMatchObject({
      total: 150,
      noTouch: null,
      noTouchRate: null,
      resolved: 135,
    });
  });

  it.each([
    [
      'a week with resolved requests lacks its mean',
      { meanResolutionHours: null },
      null,
    ],
    ['a week lacks its resolved count', { resolved: null }, null],
    // a week with nothing resolved needs no mean: (90 × 10) / 90 = 10
    ['a week resolved nothing', { resolved: 0, meanResolutionHours: null }, 10],
  ])('combines means when %s', (_, change, mttr) => {
    const [march] = rollUpToMonths({
      rows: [WEEKS[1], { ...WEEKS[2], ...change }],
    });
    expect(march.mttrHours).toBe(mttr);
  });

  it('is empty without rows and refuses a week twice', () => {
    expect(rollUpToMonths({ rows: [] })).toEqual([]);
    expect(() => rollUpToMonths({ rows: [WEEKS[0], WEEKS[0]] })).toThrow(
      /appears twice/,
    );
  });
});
