import { benchmarkPayback } from './benchmark-payback';

describe(benchmarkPayback.name, () => {
  it.each([
    [0, 'FASTER'],
    [13.99, 'FASTER'],
    [14, 'WITHIN'],
    [18, 'WITHIN'],
    [22, 'WITHIN'],
    [22.01, 'SLOWER'],
    [null, 'NEVER'],
  ] as const)('%p months → %s', (paybackMonths, position) => {
    expect(benchmarkPayback({ paybackMonths })).toEqual({
      low: 14,
      high: 22,
      position,
    });
  });
});
