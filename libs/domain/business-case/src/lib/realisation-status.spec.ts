import { realisationRatio, realisationStatus } from './realisation-status';

describe(realisationRatio.name, () => {
  it('divides realised by planned over the months with planned benefit', () => {
    // Months of 1,000 and 2,000 planned, 800 and 1,900 realised: 2,700 / 3,000 = 0.9.
    expect(
      realisationRatio({
        months: [
          { plannedBenefit: 1_000, realisedBenefit: 800 },
          { plannedBenefit: 2_000, realisedBenefit: 1_900 },
        ],
      }),
    ).toBeCloseTo(0.9, 15);
  });

  it('leaves out the months the case planned nothing in, even when a pilot realised something', () => {
    // Month 1: before go-live (planned 0), a pilot realised 500 — not counted.
    // Month 2: 1,200 of 1,000 → 1.2.
    expect(
      realisationRatio({
        months: [
          { plannedBenefit: 0, realisedBenefit: 500 },
          { plannedBenefit: 1_000, realisedBenefit: 1_200 },
        ],
      }),
    ).toBeCloseTo(1.2, 15);
  });

  it('is null when no complete month has planned benefit (a department not yet live)', () => {
    expect(realisationRatio({ months: [] })).toBeNull();
    expect(
      realisationRatio({
        months: [
          { plannedBenefit: 0, realisedBenefit: 0 },
          { plannedBenefit: 0, realisedBenefit: 40 },
        ],
      }),
    ).toBeNull();
  });

  it('is 0, not null, when the plan had benefit and nothing was realised', () => {
    expect(
      realisationRatio({
        months: [{ plannedBenefit: 1_000, realisedBenefit: 0 }],
      }),
    ).toBe(0);
  });
});

describe(realisationStatus.name, () => {
  it.each([
    [null, 'NOT_LIVE'],
    [0, 'BEHIND'],
    [0.8999999999, 'BEHIND'],
    // Exactly 0.90 is on track; exactly 1.10 is ahead (ratio ≥ 1.10).
    [0.9, 'ON_TRACK'],
    [1, 'ON_TRACK'],
    [1.0999999999, 'ON_TRACK'],
    [1.1, 'AHEAD'],
    [2.5, 'AHEAD'],
  ])('ratio %p is %s', (ratio, status) => {
    expect(realisationStatus({ ratio })).toBe(status);
  });

  it('reaches the thresholds exactly from sums that are exact in binary', () => {
    // 900 / 1,000 and 1,100 / 1,000: IEEE division is correctly rounded, so
    // both give the doubles nearest 0.9 and 1.1 — the constants themselves.
    const at = (realised: number) =>
      realisationStatus({
        ratio: realisationRatio({
          months: [{ plannedBenefit: 1_000, realisedBenefit: realised }],
        }),
      });
    expect(at(900)).toBe('ON_TRACK');
    expect(at(1_100)).toBe('AHEAD');
    expect(at(899.99)).toBe('BEHIND');
  });
});
