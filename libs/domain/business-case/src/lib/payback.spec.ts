import { paybackMonths } from './payback';

describe(paybackMonths.name, () => {
  it.each([
    // Exactly at a month boundary: cumulative −100, −50, 0 → month 2 reaches
    // 0; (2 − 1) + 50 / 50 = 2.
    ['at a month boundary', [-100, 50, 50, 50], 2],
    // Inside a month: cumulative −100, −60, −20, +20 → month 3;
    // (3 − 1) + 20 / 40 = 2.5.
    ['inside a month', [-100, 40, 40, 40], 2.5],
    // Inside month 1: cumulative −100, +200 → 0 + 100 / 300 = 0.333….
    ['within the first month', [-100, 300], 1 / 3],
    // The tiny case of monthly-model.spec.ts: cumulative(5) = −1,700,
    // net(6) = 3,400 → 5 + 1,700 / 3,400 = 5.5.
    ['the tiny case', [-7_900, -2_000, -200, 1_600, 3_400, 3_400, 3_400], 5.5],
    // Immediate: nothing spent up front, so cumulative(0) = 0 ≥ 0.
    ['immediate (cumulative(0) = 0)', [0, -10, 50], 0],
    ['immediate (cumulative(0) > 0)', [50, -10], 0],
    // The first crossing counts, even when a later month dips below again:
    // cumulative −10, +10 → 0 + 10 / 20 = 0.5.
    ['the first crossing', [-10, 20, -50], 0.5],
  ])('%s', (_, net, expected) => {
    expect(paybackMonths({ net })).toBeCloseTo(expected, 12);
  });

  it.each([
    ['never within the horizon', [-100, 10, 10, 10]],
    ['costs only', [-100, -10, -10]],
    ['one cent short at the end', [-100, 50, 49.99]],
  ])('is null: %s', (_, net) => {
    expect(paybackMonths({ net })).toBeNull();
  });

  it('is null for no months at all', () => {
    expect(paybackMonths({ net: [] })).toBeNull();
  });
});
