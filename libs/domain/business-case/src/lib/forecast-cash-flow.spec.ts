import { forecastBenefits, forecastCashFlow } from './forecast-cash-flow';

describe(forecastBenefits.name, () => {
  // Two departments over 3 months, month 1 complete.
  const departments = [
    // Ratio 0.8: month 1 realised 70; months 2 and 3 planned 100 → 80.
    {
      realisationRatio: 0.8,
      months: [
        { plannedBenefit: 100, realisedBenefit: 70 },
        { plannedBenefit: 100, realisedBenefit: null },
        { plannedBenefit: 100, realisedBenefit: null },
      ],
    },
    // Not live (null): the plan as it stands, 0, 50, 60.
    {
      realisationRatio: null,
      months: [
        { plannedBenefit: 0, realisedBenefit: 5 },
        { plannedBenefit: 50, realisedBenefit: null },
        { plannedBenefit: 60, realisedBenefit: null },
      ],
    },
  ];

  it('takes what was realised in complete months and the plan × ratio after', () => {
    // [0, 70 + 5, 80 + 50, 80 + 60]
    const benefits = forecastBenefits({
      departments,
      horizonMonths: 3,
      completeMonths: 1,
    });
    expect(benefits[0]).toBe(0);
    expect(benefits[1]).toBe(75);
    expect(benefits[2]).toBeCloseTo(130, 12);
    expect(benefits[3]).toBeCloseTo(140, 12);
  });

  it('is the plan itself when nothing is complete and every ratio is null', () => {
    const notLive = departments.map((d) => ({ ...d, realisationRatio: null }));
    expect(
      forecastBenefits({
        departments: notLive,
        horizonMonths: 3,
        completeMonths: 0,
      }),
    ).toEqual([0, 100, 150, 160]);
  });
});

describe(forecastCashFlow.name, () => {
  it('applies §8’s payback, NPV and ROI to the forecast flows', () => {
    // Net −100, −20, 60, 60: cumulative −100, −120, −60, 0 → payback 2 + 60/60 = 3.
    const flow = forecastCashFlow({
      benefits: [0, 0, 80, 80],
      costs: [100, 20, 20, 20],
      annualDiscountRate: 0,
    });
    expect(flow.net).toEqual([-100, -20, 60, 60]);
    expect(flow.cumulative).toEqual([-100, -120, -60, 0]);
    expect(flow.paybackMonths).toBe(3);
    // Undiscounted NPV is the last cumulative; ROI 160 / 160 − 1 = 0.
    expect(flow.npv).toBe(0);
    expect(flow.roi).toBe(0);
  });

  it('has no ROI without costs, and no payback when the cumulative stays below 0', () => {
    expect(
      forecastCashFlow({
        benefits: [0, 10],
        costs: [0, 0],
        annualDiscountRate: 0.08,
      }).roi,
    ).toBeNull();
    expect(
      forecastCashFlow({
        benefits: [0, 10],
        costs: [100, 20],
        annualDiscountRate: 0.08,
      }).paybackMonths,
    ).toBeNull();
  });

  it('refuses series of different lengths', () => {
    expect(() =>
      forecastCashFlow({ benefits: [0], costs: [1, 2], annualDiscountRate: 0 }),
    ).toThrow(RangeError);
  });
});
