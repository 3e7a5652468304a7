import { mean, populationStandardDeviation } from './population-statistics';

describe(mean.name, () => {
  it.each([
    [[], null],
    [[4], 4],
    [[1, 2, 3, 4], 2.5],
  ])('mean of %p is %p', (values, expected) => {
    expect(mean({ values })).toBe(expected);
  });
});

describe(populationStandardDeviation.name, () => {
  it.each([
    [[], null],
    [[0.4], 0],
    // mean 5; squared deviations 9 1 1 1 0 0 4 16 = 32; 32 / 8 = 4; √4 = 2
    // (the sample deviation, √(32 / 7) = 2.138…, would differ)
    [[2, 4, 4, 4, 5, 5, 7, 9], 2],
    // mean 0.4; deviations ±0.05 → √0.0025 = 0.05
    [[0.35, 0.45, 0.35, 0.45, 0.35, 0.45], 0.05],
  ])('of %p is %p', (values, expected) => {
    const result = populationStandardDeviation({ values });
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});
