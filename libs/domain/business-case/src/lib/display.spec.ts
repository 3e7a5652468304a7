import { roundToCents } from './display';

describe(roundToCents.name, () => {
  it.each([
    [1.005, 1.01], // binary 1.005 × 100 = 100.49999…; the decimal text rounds up
    [1.004, 1],
    [-1.005, -1.01], // half away from zero
    [1234567.891, 1234567.89],
    [0.1 + 0.2, 0.3],
    [-0.001, 0], // not -0
    [1e-7, 0],
    [1e21, 1e21],
  ])('%p → %p', (value, expected) => {
    expect(Object.is(roundToCents(value), expected)).toBe(true);
  });

  it('leaves non-finite values alone', () => {
    expect(roundToCents(Number.NaN)).toBeNaN();
  });
});
