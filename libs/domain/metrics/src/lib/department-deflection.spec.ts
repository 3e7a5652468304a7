import { departmentDeflection } from './department-deflection';

describe('departmentDeflection', () => {
  it('compares the rate with the benchmark', () => {
    // 300 of 500 = 0.6; IT target 0.75 → 0.15 below.
    const result = departmentDeflection({
      total: 500,
      deflected: 300,
      benchmark: { target: 0.75, source: 'PUBLISHED' },
    });
    expect(result.deflectionRate).toBe(0.6);
    expect(result.gapToBenchmark).toBeCloseTo(-0.15, 12);
  });

  it('has no rate and no gap without requests', () => {
    expect(
      departmentDeflection({
        total: 0,
        deflected: 0,
        benchmark: { target: 0.3, source: 'ASSUMPTION' },
      }),
    ).toMatchObject({ deflectionRate: null, gapToBenchmark: null });
  });

  it('refuses counts that do not nest', () => {
    expect(() =>
      departmentDeflection({
        total: 1,
        deflected: 2,
        benchmark: { target: 0.3, source: 'ASSUMPTION' },
      }),
    ).toThrow(RangeError);
  });
});
