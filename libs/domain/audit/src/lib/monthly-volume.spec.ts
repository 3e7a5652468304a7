import { DAYS_PER_MONTH, monthlyVolume } from './monthly-volume';

describe(monthlyVolume.name, () => {
  it.each([
    // 140 × 30.4375 / 14 = 10 × 30.4375 = 304.375
    [140, 14, 304.375],
    // one day: 2 × 30.4375
    [2, 1, 60.875],
    // a 28-day window halves the rate of a 14-day one with the same total
    [140, 28, 152.1875],
    [0, 14, 0],
  ])(
    '%d requests in %d days → %d a month',
    (totalRequests, windowDays, expected) => {
      expect(monthlyVolume({ totalRequests, windowDays })).toBeCloseTo(
        expected,
        10,
      );
    },
  );

  it('uses the mean month of 30.4375 days', () => {
    expect(DAYS_PER_MONTH).toBe(30.4375);
  });

  it.each([[0], [-1], [1.5]])('refuses windowDays %p', (windowDays) => {
    expect(() => monthlyVolume({ totalRequests: 1, windowDays })).toThrow(
      RangeError,
    );
  });
});
