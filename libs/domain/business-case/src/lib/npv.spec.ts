import { monthlyRateFromAnnual, netPresentValue } from './npv';

describe(monthlyRateFromAnnual.name, () => {
  it.each([
    // 1.08^(1/12) − 1 = 0.006434030109… (python3 -c "print(1.08**(1/12)-1)")
    [0.08, 0.00643403011000343],
    [0, 0],
    // 12 months at the monthly rate give back the annual rate.
    [0.2, Math.pow(1.2, 1 / 12) - 1],
  ])('%d a year → %d a month', (annualRate, expected) => {
    expect(monthlyRateFromAnnual({ annualRate })).toBeCloseTo(expected, 15);
  });

  it('compounds back to the annual rate', () => {
    const monthly = monthlyRateFromAnnual({ annualRate: 0.08 });
    expect(Math.pow(1 + monthly, 12) - 1).toBeCloseTo(0.08, 14);
  });
});

describe(netPresentValue.name, () => {
  // Independent figures from libs/domain/business-case/scripts/reference_model.py
  // (python3, plain loops; NPV there is checked against the spreadsheet form
  // =flow0 + NPV((1.08)^(1/12) − 1, flow1..flowN), month 0 undiscounted):
  //   [−1000] + 12 × 100 at 8 %                 → 151.28578523289383
  //   tiny case [−7900, −2000, −200, 1600, 3400 × 3] → 1363.0843500174628
  it.each([
    [
      '12 equal inflows',
      [-1_000, ...Array<number>(12).fill(100)],
      151.28578523289383,
    ],
    [
      'the tiny case',
      [-7_900, -2_000, -200, 1_600, 3_400, 3_400, 3_400],
      1363.0843500174628,
    ],
  ])('%s', (_, net, expected) => {
    expect(netPresentValue({ net, annualDiscountRate: 0.08 })).toBeCloseTo(
      expected,
      8,
    );
  });

  it('does not discount month 0', () => {
    expect(netPresentValue({ net: [-500], annualDiscountRate: 0.5 })).toBe(
      -500,
    );
  });

  it('is the plain sum at a 0 % rate', () => {
    expect(
      netPresentValue({ net: [-100, 30, 30, 30], annualDiscountRate: 0 }),
    ).toBe(-10);
  });

  it('discounts month 12 by exactly one year', () => {
    const net = [...Array<number>(12).fill(0), 108];
    expect(netPresentValue({ net, annualDiscountRate: 0.08 })).toBeCloseTo(
      100,
      10,
    );
  });
});
