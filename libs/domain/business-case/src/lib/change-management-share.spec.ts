import { changeManagementShare } from './change-management-share';

describe(changeManagementShare.name, () => {
  it.each([
    // 15,000 / (120,000 + 15,000) = 0.1111…
    [120_000, 15_000, 15_000 / 135_000],
    [90_000, 10_000, 0.1],
    [100_000, 0, 0],
    [0, 5_000, 1],
  ])(
    'one-time %d, change %d → %d',
    (oneTimeCosts, changeManagementCost, expected) => {
      expect(
        changeManagementShare({ oneTimeCosts, changeManagementCost }),
      ).toBeCloseTo(expected, 15);
    },
  );

  it('is null with no up-front budget', () => {
    expect(
      changeManagementShare({ oneTimeCosts: 0, changeManagementCost: 0 }),
    ).toBeNull();
  });
});
