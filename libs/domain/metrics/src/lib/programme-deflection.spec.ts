import {
  completeWeeksBefore,
  programmeDeflection,
} from './programme-deflection';

describe('completeWeeksBefore', () => {
  it('ends with the week whose Sunday is the day before a Monday asOf', () => {
    // 2026-03-16 is a Monday: the week of 03-09 (Sunday 03-15) is the last complete one.
    expect(completeWeeksBefore({ asOf: '2026-03-16', weeks: 2 })).toEqual([
      '2026-03-02',
      '2026-03-09',
    ]);
  });

  it('leaves out the week asOf falls in, even on its Sunday', () => {
    // 2026-03-15 is a Sunday: its week (Monday 03-09) is not complete until the Sunday has passed.
    expect(completeWeeksBefore({ asOf: '2026-03-15', weeks: 2 })).toEqual([
      '2026-02-23',
      '2026-03-02',
    ]);
  });
});

describe('programmeDeflection', () => {
  const benchmarks = new Map([
    ['it', 0.75],
    ['hr', 0.68],
  ]);

  it('sums the 13 complete weeks and weights each department’s benchmark by its requests', () => {
    // asOf Monday 2026-06-01: the 13 weeks run from Monday 2026-03-02 to Sunday 2026-05-31.
    // IT: 100 requests (60 deflected) in the first week, 200 (150) in the last.
    // HR: 100 (30) in the last week. A week before the window and the week of asOf are ignored.
    const result = programmeDeflection({
      asOf: '2026-06-01',
      benchmarks,
      rows: [
        {
          departmentId: 'it',
          weekStart: '2026-03-02',
          total: 100,
          deflected: 60,
        },
        {
          departmentId: 'it',
          weekStart: '2026-05-25',
          total: 200,
          deflected: 150,
        },
        {
          departmentId: 'hr',
          weekStart: '2026-05-25',
          total: 100,
          deflected: 30,
        },
        {
          departmentId: 'it',
          weekStart: '2026-02-23',
          total: 999,
          deflected: 999,
        },
        {
          departmentId: 'it',
          weekStart: '2026-06-01',
          total: 999,
          deflected: 0,
        },
      ],
    });
    expect(result.from).toBe('2026-03-02');
    expect(result.to).toBe('2026-05-31');
    expect(result.weeks).toHaveLength(13);
    expect(result.weeks[0]).toEqual({
      weekStart: '2026-03-02',
      total: 100,
      deflected: 60,
      deflectionRate: 0.6,
    });
    // Last week: 300 requests, 180 deflected: 0.6.
    expect(result.weeks[12]).toEqual({
      weekStart: '2026-05-25',
      total: 300,
      deflected: 180,
      deflectionRate: 0.6,
    });
    // A week without requests has no rate (not 0).
    expect(result.weeks[1]).toEqual({
      weekStart: '2026-03-09',
      total: 0,
      deflected: 0,
      deflectionRate: null,
    });
    // 240 of 400 deflected: 0.6.
    expect(result.total).toBe(400);
    expect(result.deflected).toBe(240);
    expect(result.deflectionRate).toBeCloseTo(0.6, 12);
    // Benchmark: (300 × 0.75 + 100 × 0.68) ÷ 400 = (225 + 68) ÷ 400 = 0.7325; gap 0.6 − 0.7325 = −0.1325.
    expect(result.benchmark).toBeCloseTo(0.7325, 12);
    expect(result.gapToBenchmark).toBeCloseTo(-0.1325, 12);
  });

  it('has no rate, benchmark or gap without requests', () => {
    const result = programmeDeflection({
      asOf: '2026-06-01',
      benchmarks,
      rows: [],
    });
    expect(result).toMatchObject({
      total: 0,
      deflected: 0,
      deflectionRate: null,
      benchmark: null,
      gapToBenchmark: null,
    });
    expect(result.weeks.every((week) => week.deflectionRate === null)).toBe(
      true,
    );
  });

  it('refuses counts that cannot be and departments without a benchmark', () => {
    expect(() =>
      programmeDeflection({
        asOf: '2026-06-01',
        benchmarks,
        rows: [
          {
            departmentId: 'it',
            weekStart: '2026-05-25',
            total: 1,
            deflected: 2,
          },
        ],
      }),
    ).toThrow(RangeError);
    expect(() =>
      programmeDeflection({
        asOf: '2026-06-01',
        benchmarks,
        rows: [
          {
            departmentId: 'legal',
            weekStart: '2026-05-25',
            total: 1,
            deflected: 0,
          },
        ],
      }),
    ).toThrow(/no benchmark/);
  });
});
