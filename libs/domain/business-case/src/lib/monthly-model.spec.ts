import { TINY_CASE } from '../testing/business-case.fixtures';
import { resolveBusinessCase } from './business-case-input';
import {
  cashFlowSeries,
  costPerRequest,
  deflectionInMonth,
  monthlyCashFlow,
  programmeCost,
  volumeInMonth,
} from './monthly-model';

describe(monthlyCashFlow.name, () => {
  // The tiny case worked by hand (TINY_CASE): one IT department,
  // 1,000 requests/month, 12 min at 50/h → cost per request 12/60 × 50 = 10;
  // residual 1 → each deflected request saves 9. Target 0.6, go-live month 2,
  // 3-month ramp. Month 0: one-time 5,900 + change 2,000 = 7,900.
  // Months 1..6: platform 1,500 + CoE 500 = 2,000.
  //
  // m | volume | deflection        | deflected | benefit | cost  | net    | cumulative
  // 0 |      – | –                 |         – |       0 | 7,900 | −7,900 |  −7,900
  // 1 |  1,000 | 0 (before go-live)|         0 |       0 | 2,000 | −2,000 |  −9,900
  // 2 |  1,000 | 0.6 × 1/3 = 0.2   |       200 |   1,800 | 2,000 |   −200 | −10,100
  // 3 |  1,000 | 0.6 × 2/3 = 0.4   |       400 |   3,600 | 2,000 |  1,600 |  −8,500
  // 4 |  1,000 | 0.6 × 3/3 = 0.6   |       600 |   5,400 | 2,000 |  3,400 |  −5,100
  // 5 |  1,000 | 0.6               |       600 |   5,400 | 2,000 |  3,400 |  −1,700
  // 6 |  1,000 | 0.6               |       600 |   5,400 | 2,000 |  3,400 |  +1,700
  const rows = monthlyCashFlow({
    model: resolveBusinessCase({ input: TINY_CASE }),
    byDepartment: true,
  });

  it.each([
    [0, 0, 0, 7_900, -7_900, -7_900],
    [1, 0, 0, 2_000, -2_000, -9_900],
    [2, 0.2, 1_800, 2_000, -200, -10_100],
    [3, 0.4, 3_600, 2_000, 1_600, -8_500],
    [4, 0.6, 5_400, 2_000, 3_400, -5_100],
    [5, 0.6, 5_400, 2_000, 3_400, -1_700],
    [6, 0.6, 5_400, 2_000, 3_400, 1_700],
  ])(
    'month %d: deflection %d, benefit %d, cost %d, net %d, cumulative %d',
    (month, deflection, benefit, cost, net, cumulative) => {
      const row = rows[month];
      expect(row.month).toBe(month);
      expect(row.benefit).toBeCloseTo(benefit, 9);
      expect(row.cost).toBe(cost);
      expect(row.net).toBeCloseTo(net, 9);
      expect(row.cumulative).toBeCloseTo(cumulative, 9);
      expect(row.byDepartment![0].deflection).toBeCloseTo(deflection, 12);
      expect(row.byDepartment![0].volume).toBe(month === 0 ? 0 : 1_000);
    },
  );

  it('has months 0..horizon', () => {
    expect(rows.map((row) => row.month)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('leaves out the per-department rows unless asked', () => {
    const lean = monthlyCashFlow({
      model: resolveBusinessCase({ input: TINY_CASE }),
    });
    expect(lean[3].byDepartment).toBeUndefined();
    expect(lean.map((row) => row.net)).toEqual(rows.map((row) => row.net));
  });

  it('matches the lean series exactly (same formulas, same order)', () => {
    const series = cashFlowSeries({
      model: resolveBusinessCase({ input: TINY_CASE }),
    });
    expect(series.net).toEqual(rows.map((row) => row.net));
  });
});

describe(volumeInMonth.name, () => {
  // 10 % a year: month 1 is today's volume, month 13 one year later (× 1.1),
  // month 7 half a year later (× √1.1 = 1.0488088…).
  it.each([
    [1, 1_000],
    [7, 1_000 * Math.sqrt(1.1)],
    [13, 1_100],
    [25, 1_210],
  ])('month %d → %d', (month, expected) => {
    expect(
      volumeInMonth({ monthlyVolume: 1_000, annualVolumeGrowth: 0.1, month }),
    ).toBeCloseTo(expected, 9);
  });
});

describe(deflectionInMonth.name, () => {
  // Target 0.6, go-live month 4, ramp 3: 0 in months 1..3, then 0.2, 0.4, 0.6.
  it.each([
    [3, 0],
    [4, 0.2],
    [5, 0.4],
    [6, 0.6],
    [20, 0.6],
  ])('month %d → %d', (month, expected) => {
    expect(
      deflectionInMonth({
        targetDeflection: 0.6,
        goLiveMonth: 4,
        rampMonths: 3,
        month,
      }),
    ).toBeCloseTo(expected, 12);
  });

  it('reaches the target in the go-live month with a 1-month ramp', () => {
    expect(
      deflectionInMonth({
        targetDeflection: 0.5,
        goLiveMonth: 2,
        rampMonths: 1,
        month: 2,
      }),
    ).toBe(0.5);
  });
});

describe(costPerRequest.name, () => {
  it('is handling minutes / 60 × loaded hourly cost', () => {
    // 18 min at 55/h = 0.3 h × 55 = 16.5.
    expect(
      costPerRequest({ handlingMinutes: 18, loadedHourlyCost: 55 }),
    ).toBeCloseTo(16.5, 12);
  });
});

describe(programmeCost.name, () => {
  const model = {
    oneTimeCosts: 100,
    changeManagementCost: 20,
    monthlyPlatformCost: 7,
    monthlyCoeCost: 3,
  };
  it.each([
    [0, 120],
    [1, 10],
    [36, 10],
  ])('month %d → %d', (month, expected) => {
    expect(programmeCost({ model, month })).toBe(expected);
  });
});
