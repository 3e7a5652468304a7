import { returnOnInvestment } from './roi';

describe(returnOnInvestment.name, () => {
  it.each([
    // The tiny case: (21,600 − 19,900) / 19,900 = 0.0854271356783919…
    [21_600, 19_900, 1_700 / 19_900],
    [300, 100, 2],
    [50, 100, -0.5],
  ])('benefit %d, cost %d → %d', (totalBenefit, totalCost, expected) => {
    expect(returnOnInvestment({ totalBenefit, totalCost })).toBeCloseTo(
      expected,
      12,
    );
  });

  it('is null when nothing is spent', () => {
    expect(returnOnInvestment({ totalBenefit: 100, totalCost: 0 })).toBeNull();
  });
});
