import { weightedMean } from './weighted-mean';

describe(weightedMean.name, () => {
  it('weights each value and skips entries without one', () => {
    // (10 × 1 + 40 × 3) / (1 + 3) = 130 / 4 = 32.5; the null entry is left out.
    expect(
      weightedMean({
        entries: [
          { value: 10, weight: 1 },
          { value: 40, weight: 3 },
          { value: null, weight: 100 },
          { weight: 7 },
        ],
      }),
    ).toEqual({ mean: 32.5, weight: 4 });
  });

  it.each([[[]], [[{ value: null, weight: 5 }]], [[{ value: 12, weight: 0 }]]])(
    'is null, never NaN, for %p',
    (entries) => {
      expect(weightedMean({ entries })).toEqual({ mean: null, weight: 0 });
    },
  );
});
