import { median, nearestRankPercentile } from './percentile';

describe(nearestRankPercentile.name, () => {
  // Ten values, shuffled: sorted they are 1..10, so rank r holds r.
  const TEN = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];

  it.each([
    [0.1, 1], // ceil(1) = 1
    [0.5, 5], // ceil(5) = 5
    [0.7, 7], // ceil(7) = 7
    [0.9, 9], // ceil(9) = 9
    [0.91, 10], // ceil(9.1) = 10
    [1, 10], // the maximum
    [0.0001, 1], // ceil(0.001) = 1: never rank 0
  ])('P%p of 1..10 is %d', (p, expected) => {
    expect(nearestRankPercentile({ values: TEN, p })).toBe(expected);
  });

  it.each([
    [0.07, 7],
    [0.14, 14],
    [0.55, 55],
  ])(
    'P%p of 1..100 is %d although p × 100 lands a hair above it',
    (p, rank) => {
      // 0.07 × 100 = 7.000000000000001 in floating point; a bare ceil says 8.
      const values = Array.from({ length: 100 }, (_, index) => index + 1);
      expect(nearestRankPercentile({ values, p })).toBe(rank);
    },
  );

  it('takes P90 of five values at rank ceil(4.5) = 5', () => {
    expect(nearestRankPercentile({ values: [0.5, 4, 1, 12, 2], p: 0.9 })).toBe(
      12,
    );
  });

  it('is null without values', () => {
    expect(nearestRankPercentile({ values: [], p: 0.9 })).toBeNull();
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    nearestRankPercentile({ values, p: 0.5 });
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([[0], [-0.1], [1.01], [Number.NaN]])('refuses p = %p', (p) => {
    expect(() => nearestRankPercentile({ values: [1], p })).toThrow(RangeError);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])(
    'refuses the value %p',
    (value) => {
      expect(() =>
        nearestRankPercentile({ values: [1, value], p: 0.5 }),
      ).toThrow(RangeError);
    },
  );
});

describe(median.name, () => {
  it.each([
    [[4], 4],
    [[9, 1, 5], 5], // rank ceil(1.5) = 2 of 1, 5, 9
    [[1, 2, 3, 4], 2], // rank ceil(2) = 2: the lower middle, not 2.5
    [[1, 2, 3, 4, 5, 6], 3],
  ])('median of %p is %d', (values, expected) => {
    expect(median({ values })).toBe(expected);
  });

  it('is null without values', () => {
    expect(median({ values: [] })).toBeNull();
  });
});
