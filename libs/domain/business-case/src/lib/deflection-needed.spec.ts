import { deflectionNeeded } from './deflection-needed';

describe(deflectionNeeded.name, () => {
  // A department of 1,000 requests a month saving 10 each, planned at 50 %
  // from month 1 over a 4-month horizon: 5,000 a month, 20,000 in all.
  const plannedBenefit = [5_000, 5_000, 5_000, 5_000];
  const plannedVolume = [1_000, 1_000, 1_000, 1_000];

  it('spreads the shortfall over the months left, the current one included', () => {
    // Two months over, 3,000 + 3,000 = 6,000 realised (30 %): 14,000 still
    // to deliver in 2 × 1,000 requests at 10 each → 14,000 / 20,000 = 0.7.
    expect(
      deflectionNeeded({
        plannedBenefit,
        plannedVolume,
        realisedToDate: 6_000,
        completeMonths: 2,
        saving: 10,
      }),
    ).toBeCloseTo(0.7, 15);
  });

  it('is the plan’s own rate when the department is exactly on plan', () => {
    // 10,000 realised of 10,000 planned: 10,000 / 20,000 = 0.5.
    expect(
      deflectionNeeded({
        plannedBenefit,
        plannedVolume,
        realisedToDate: 10_000,
        completeMonths: 2,
        saving: 10,
      }),
    ).toBeCloseTo(0.5, 15);
  });

  it('may exceed 1: the plan cannot be met within the horizon any more', () => {
    // Three months over with nothing realised: 20,000 / (1,000 × 10) = 2.
    expect(
      deflectionNeeded({
        plannedBenefit,
        plannedVolume,
        realisedToDate: 0,
        completeMonths: 3,
        saving: 10,
      }),
    ).toBe(2);
  });

  it('is 0 when the realised benefit already covers the whole plan', () => {
    expect(
      deflectionNeeded({
        plannedBenefit,
        plannedVolume,
        realisedToDate: 21_000,
        completeMonths: 2,
        saving: 10,
      }),
    ).toBe(0);
  });

  it.each([
    ['no month left', { completeMonths: 4, saving: 10, plannedVolume }],
    [
      'a deflection saves nothing',
      { completeMonths: 2, saving: 0, plannedVolume },
    ],
    [
      'no volume left',
      { completeMonths: 2, saving: 10, plannedVolume: [1_000, 1_000, 0, 0] },
    ],
  ])('is null when %s', (_, args) => {
    expect(
      deflectionNeeded({ plannedBenefit, realisedToDate: 1_000, ...args }),
    ).toBeNull();
  });

  it('refuses series of different lengths', () => {
    expect(() =>
      deflectionNeeded({
        plannedBenefit,
        plannedVolume: [1],
        realisedToDate: 0,
        completeMonths: 0,
        saving: 1,
      }),
    ).toThrow(RangeError);
  });
});
