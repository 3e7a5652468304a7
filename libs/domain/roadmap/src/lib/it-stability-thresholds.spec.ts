import {
  DEFAULT_IT_STABILITY_THRESHOLDS,
  itStabilityThresholdProblems,
  resolveItStabilityThresholds,
} from './it-stability-thresholds';

describe(resolveItStabilityThresholds.name, () => {
  it('defaults to 50 requests, mean 0.40, deviation 0.05 (domain §6)', () => {
    expect(resolveItStabilityThresholds({})).toEqual({
      minRequestsPerWeek: 50,
      minMeanDeflection: 0.4,
      maxStdDeflection: 0.05,
    });
  });

  it('lays the organisation’s settings over the defaults, skipping undefined ones', () => {
    expect(
      resolveItStabilityThresholds({
        thresholds: { minRequestsPerWeek: 30, maxStdDeflection: undefined },
      }),
    ).toEqual({ ...DEFAULT_IT_STABILITY_THRESHOLDS, minRequestsPerWeek: 30 });
  });
});

describe(itStabilityThresholdProblems.name, () => {
  it.each([
    [{}],
    [{ minRequestsPerWeek: 0, minMeanDeflection: 0, maxStdDeflection: 0 }],
    [{ minRequestsPerWeek: 1000, minMeanDeflection: 1, maxStdDeflection: 1 }],
  ])('accepts %p', (thresholds) => {
    expect(itStabilityThresholdProblems({ thresholds })).toEqual([]);
  });

  it.each([
    [
      { minRequestsPerWeek: -1 },
      'minRequestsPerWeek must be a whole number of requests, 0 or more, got -1',
    ],
    [
      { minRequestsPerWeek: 49.5 },
      'minRequestsPerWeek must be a whole number of requests, 0 or more, got 49.5',
    ],
    [
      { minMeanDeflection: 40 },
      'minMeanDeflection must be a fraction between 0 and 1, got 40',
    ],
    [
      { minMeanDeflection: -0.1 },
      'minMeanDeflection must be a fraction between 0 and 1, got -0.1',
    ],
    [
      { maxStdDeflection: Number.NaN },
      'maxStdDeflection must be a fraction between 0 and 1, got NaN',
    ],
  ])('refuses %p', (thresholds, message) => {
    const field = Object.keys(thresholds)[0];
    expect(itStabilityThresholdProblems({ thresholds })).toEqual([
      expect.objectContaining({ field, message }),
    ]);
  });

  it('lists every problem at once', () => {
    expect(
      itStabilityThresholdProblems({
        thresholds: {
          minRequestsPerWeek: -5,
          minMeanDeflection: 2,
          maxStdDeflection: -1,
        },
      }),
    ).toHaveLength(3);
  });
});
