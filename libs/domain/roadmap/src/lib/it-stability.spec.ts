import { completeWeeksBefore, itStability, ItWeekInput } from './it-stability';

// Six complete weeks before Monday 13 April 2026 (weeks of 2 March to
// 6 April), worked by hand:
//
//  week        total deflected rate  rate − mean  squared
//  2026-03-02   100     40     0.40    −0.05      0.0025
//  2026-03-09   100     45     0.45     0         0
//  2026-03-16    50     25     0.50    +0.05      0.0025
//  2026-03-23   200     90     0.45     0         0
//  2026-03-30    80     36     0.45     0         0
//  2026-04-06   100     45     0.45     0         0
//
//  mean = (0.40 + 0.45 + 0.50 + 0.45 + 0.45 + 0.45) / 6 = 2.70 / 6 = 0.45
//  population variance = 0.005 / 6 = 0.000833…; std = √(1/1200) = 0.028867…
//  Stable: every week ≥ 50, 0.45 ≥ 0.40, 0.0289 ≤ 0.05. The mean is of the
//  weekly rates, unweighted; pooled it would be 281 / 630 = 0.446.
const STABLE: ItWeekInput[] = [
  { weekStart: '2026-03-02', total: 100, deflected: 40 },
  { weekStart: '2026-03-09', total: 100, deflected: 45 },
  { weekStart: '2026-03-16', total: 50, deflected: 25 },
  { weekStart: '2026-03-23', total: 200, deflected: 90 },
  { weekStart: '2026-03-30', total: 80, deflected: 36 },
  { weekStart: '2026-04-06', total: 100, deflected: 45 },
];
const MONDAY_APRIL_13 = '2026-04-13';
const WINDOW = STABLE.map((week) => week.weekStart);

/** The six weeks of the window with the given (total, deflected) pairs. */
const weeksOf = (...figures: [number, number][]): ItWeekInput[] =>
  figures.map(([total, deflected], index) => ({
    weekStart: WINDOW[index],
    total,
    deflected,
  }));

describe(itStability.name, () => {
  it('finds the hand-worked six weeks stable', () => {
    const result = itStability({ asOf: MONDAY_APRIL_13, weeks: STABLE });
    expect(result.stable).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.meanDeflection).toBeCloseTo(0.45, 12);
    expect(result.stdDeflection).toBeCloseTo(Math.sqrt(1 / 1200), 12);
    expect(result.weeks).toEqual(
      STABLE.map((week) => ({
        ...week,
        deflectionRate: week.deflected / week.total,
      })),
    );
    expect(result.thresholds).toEqual({
      minRequestsPerWeek: 50,
      minMeanDeflection: 0.4,
      maxStdDeflection: 0.05,
    });
  });

  it('gives every reason with its figures', () => {
    // rates 0.30 0.30 0.30 0.45 0.45 0.45: mean 2.25 / 6 = 0.375 (shown
    // 0.38); every deviation is ±0.075, so std = 0.075; one week of 40.
    const result = itStability({
      asOf: MONDAY_APRIL_13,
      weeks: weeksOf(
        [60, 18],
        [60, 18],
        [60, 18],
        [40, 18],
        [60, 27],
        [60, 27],
      ),
    });
    expect(result.stable).toBe(false);
    expect(result.meanDeflection).toBeCloseTo(0.375, 12);
    expect(result.stdDeflection).toBeCloseTo(0.075, 12);
    expect(result.reasons).toEqual([
      'week of 2026-03-23 had 40 requests (< 50)',
      'mean deflection 0.38 < 0.40',
      'standard deviation 0.075 > 0.05',
    ]);
  });

  it.each([
    // asOf, the week holding asOf is incomplete, the last complete week
    ['2026-04-12', 'Sunday: its week ends on asOf, not before', '2026-03-30'],
    [
      '2026-04-13',
      'Monday: the week that ended yesterday counts',
      '2026-04-06',
    ],
    ['2026-04-15', 'Wednesday', '2026-04-06'],
    ['2026-04-19', 'Sunday', '2026-04-06'],
  ])('on %s (%s) the last complete week is that of %s', (asOf, _, lastWeek) => {
    const window = completeWeeksBefore(asOf);
    expect(window).toHaveLength(6);
    expect(window[5]).toBe(lastWeek);
    expect(
      itStability({ asOf, weeks: STABLE }).weeks.map((week) => week.weekStart),
    ).toEqual(window);
  });

  it('judges a Sunday on the weeks before its own', () => {
    // On Sunday 12 April the week of 6 April is not complete: the window is
    // 23 Feb to 30 March, and the week of 23 February has no data.
    const result = itStability({ asOf: '2026-04-12', weeks: STABLE });
    expect(result.stable).toBe(false);
    expect(result.reasons).toEqual([
      'only 5 complete weeks of data before 2026-04-12: no data for the week of 2026-02-23 (counted as 0 requests)',
    ]);
    expect(result.weeks[0]).toEqual({
      weekStart: '2026-02-23',
      total: 0,
      deflected: 0,
      deflectionRate: null,
    });
    expect(result.meanDeflection).toBeNull();
    expect(result.stdDeflection).toBeNull();
  });

  it.each([
    // total, deflected (about half), stable
    [49, 24, false],
    [50, 25, true],
  ])('with %d requests in one week: stable %p', (total, deflected, stable) => {
    const weeks = STABLE.map((week, index) =>
      index === 2 ? { ...week, total, deflected } : week,
    );
    const result = itStability({ asOf: MONDAY_APRIL_13, weeks });
    expect(result.stable).toBe(stable);
    expect(result.reasons).toEqual(
      stable ? [] : ['week of 2026-03-16 had 49 requests (< 50)'],
    );
  });

  it('passes a mean of exactly 0.40, although 6 × 20/50 adds up to 0.39999999999999997 in floating point', () => {
    const result = itStability({
      asOf: MONDAY_APRIL_13,
      weeks: weeksOf(...Array(6).fill([50, 20])),
    });
    expect(result.meanDeflection).not.toBe(0.4);
    expect(result.meanDeflection).toBeCloseTo(0.4, 12);
    expect(result.stable).toBe(true);
  });

  it('passes a deviation of exactly 0.05 and fails 0.051', () => {
    // 0.35 and 0.45 in turn: mean 0.40, each deviation ±0.05, std 0.05.
    const exact = itStability({
      asOf: MONDAY_APRIL_13,
      weeks: weeksOf(
        [100, 35],
        [100, 45],
        [100, 35],
        [100, 45],
        [100, 35],
        [100, 45],
      ),
    });
    expect(exact.stdDeflection).toBeCloseTo(0.05, 12);
    expect(exact.stable).toBe(true);
    // 0.349 and 0.451 in turn: mean 0.40, std 0.051.
    const above = itStability({
      asOf: MONDAY_APRIL_13,
      weeks: weeksOf(
        [1000, 349],
        [1000, 451],
        [1000, 349],
        [1000, 451],
        [1000, 349],
        [1000, 451],
      ),
    });
    expect(above.reasons).toEqual(['standard deviation 0.051 > 0.05']);
  });

  it('shows a figure with enough digits never to print like its threshold', () => {
    // 0.3999 < 0.40 but rounds to 0.40: shown with four decimals.
    const result = itStability({
      asOf: MONDAY_APRIL_13,
      weeks: weeksOf(...Array(6).fill([10_000, 3_999])),
    });
    expect(result.reasons).toEqual(['mean deflection 0.3999 < 0.40']);
  });

  it('counts weeks without data as 0 requests and names them', () => {
    // On Tuesday 10 March the window is 26 Jan to 2 March; data from 9 Feb.
    const weeks = ['2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02'].map(
      (weekStart) => ({
        weekStart,
        total: 100,
        deflected: 45,
      }),
    );
    const result = itStability({ asOf: '2026-03-10', weeks });
    expect(result.reasons).toEqual([
      'only 4 complete weeks of data before 2026-03-10: no data for the weeks of 2026-01-26 and 2026-02-02 (counted as 0 requests)',
    ]);
    expect(result.weeks.map((week) => week.total)).toEqual([
      0, 0, 100, 100, 100, 100,
    ]);
    expect(result.meanDeflection).toBeNull();
  });

  it('says when there is no data at all', () => {
    const result = itStability({ asOf: '2026-01-05', weeks: [] });
    expect(result.reasons).toEqual([
      'no complete weeks of data before 2026-01-05 (none for the weeks of 2025-11-24 to 2025-12-29)',
    ]);
  });

  it('ignores the incomplete current week and later weeks', () => {
    const later = [
      { weekStart: '2026-04-13', total: 1, deflected: 0 },
      { weekStart: '2026-05-04', total: 0, deflected: 0 },
    ];
    expect(
      itStability({ asOf: MONDAY_APRIL_13, weeks: [...later, ...STABLE] })
        .stable,
    ).toBe(true);
  });

  it('applies the organisation’s thresholds', () => {
    const result = itStability({
      asOf: MONDAY_APRIL_13,
      weeks: STABLE,
      thresholds: {
        minRequestsPerWeek: 100,
        minMeanDeflection: 0.5,
        maxStdDeflection: 0.02,
      },
    });
    expect(result.reasons).toEqual([
      'week of 2026-03-16 had 50 requests (< 100)',
      'week of 2026-03-30 had 80 requests (< 100)',
      'mean deflection 0.45 < 0.50',
      'standard deviation 0.029 > 0.02',
    ]);
  });

  it('with a minimum of 0 requests, still needs a rate for every week', () => {
    const weeks = STABLE.map((week, index) =>
      index === 1 ? { ...week, total: 0, deflected: 0 } : week,
    );
    const result = itStability({
      asOf: MONDAY_APRIL_13,
      weeks,
      thresholds: { minRequestsPerWeek: 0 },
    });
    expect(result.reasons).toEqual([
      'week of 2026-03-09 had no requests, so it has no deflection rate',
    ]);
    expect(result.meanDeflection).toBeNull();
  });

  it.each([
    [
      { asOf: '13/04/2026', weeks: STABLE },
      'asOf must be a date YYYY-MM-DD, got "13/04/2026"',
    ],
    [
      {
        asOf: MONDAY_APRIL_13,
        weeks: STABLE,
        thresholds: { minMeanDeflection: 40 },
      },
      /minMeanDeflection must be a fraction/,
    ],
    [
      {
        asOf: MONDAY_APRIL_13,
        weeks: [{ weekStart: '2026-03-03', total: 1, deflected: 0 }],
      },
      'IT week 0: weekStart "2026-03-03" is not a Monday',
    ],
    [
      {
        asOf: MONDAY_APRIL_13,
        weeks: [{ weekStart: '2026-03-02', total: 1, deflected: 2 }],
      },
      'IT week 0: deflected (2) is more than total (1)',
    ],
    [
      { asOf: MONDAY_APRIL_13, weeks: [STABLE[0], STABLE[0]] },
      'IT week 1: week 2026-03-02 appears twice',
    ],
  ])('refuses %p', (input, message) => {
    expect(() => itStability(input)).toThrow(message);
  });
});
