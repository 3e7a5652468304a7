import { goLiveMonthFromPlan } from './go-live-month';

describe(goLiveMonthFromPlan.name, () => {
  // 1 + floor(d / 30.4375), d = days from the programme start to day 61.
  it.each([
    // The programme's first plan: day 61 is 60 days in → 1 + floor(1.97…) = 2.
    ['2026-01-05', '2026-03-06', 2],
    // Same day → month 1.
    ['2026-01-05', '2026-01-05', 1],
    // 30 days → still month 1; 31 days → 1 + floor(1.018…) = 2.
    ['2026-01-01', '2026-01-31', 1],
    ['2026-01-01', '2026-02-01', 2],
    // 487 days = exactly 16 mean months → month 17.
    ['2026-01-01', '2027-05-03', 17],
    // Across a leap day: 2028-02-01 → 2028-04-01 is 60 days → month 2.
    ['2028-02-01', '2028-04-01', 2],
  ])(
    'start %s, day 61 on %s → month %d',
    (programmeStart, day61Date, month) => {
      expect(goLiveMonthFromPlan({ programmeStart, day61Date })).toBe(month);
    },
  );

  it.each([
    ['2026-02-30', '2026-05-01'],
    ['2026-01-01', '1 May 2026'],
  ])(
    'refuses a text that is not a plain date (%s, %s)',
    (programmeStart, day61Date) => {
      expect(() => goLiveMonthFromPlan({ programmeStart, day61Date })).toThrow(
        RangeError,
      );
    },
  );

  it('refuses a day 61 before the programme start', () => {
    expect(() =>
      goLiveMonthFromPlan({
        programmeStart: '2026-05-01',
        day61Date: '2026-04-30',
      }),
    ).toThrow(/before the programme start/);
  });
});
