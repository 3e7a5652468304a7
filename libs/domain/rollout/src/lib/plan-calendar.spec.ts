import {
  currentPhase,
  dayNumber,
  phaseDates,
  planDayDate,
} from './plan-calendar';

// Weekdays used below, worked from 2026-01-01 (a Thursday) and 2028-01-01
// (a Saturday): 2026-01-31 Sat, 2026-03-02 Mon, 2026-03-06 Fri,
// 2026-03-07 Sat, 2028-02-15 Tue.

function ranges(calendar: { startDate: string; businessDays?: boolean }) {
  return phaseDates(calendar).map((p) => [p.name, p.startDate, p.endDate]);
}

describe(phaseDates.name, () => {
  it('lays out a calendar plan over the end of February (2026-01-31)', () => {
    // Day n = start + (n − 1). 2026 is not a leap year: Jan 31 + 28 days is
    // Feb 28, so day 30 (+29) is Mar 1; day 60 (+59) is Mar 31; day 90 Apr 30.
    expect(ranges({ startDate: '2026-01-31' })).toEqual([
      ['AUDIT_AND_DESIGN', '2026-01-31', '2026-02-14'],
      ['BUILD_AND_CONFIGURE', '2026-02-15', '2026-03-01'],
      ['PILOT_AND_MEASURE', '2026-03-02', '2026-03-31'],
      ['FULL_ROLLOUT_AND_EXPAND', '2026-04-01', '2026-04-30'],
    ]);
  });

  it('counts the leap day of 2028 (start 2028-02-15)', () => {
    // Day 15 = Feb 15 + 14 = Feb 29, so day 16 is Mar 1, not Mar 2.
    // Day 60 = Mar 16 + 29 = Apr 14 (16 days to Mar 31, 14 more into April).
    expect(ranges({ startDate: '2028-02-15' })).toEqual([
      ['AUDIT_AND_DESIGN', '2028-02-15', '2028-02-29'],
      ['BUILD_AND_CONFIGURE', '2028-03-01', '2028-03-15'],
      ['PILOT_AND_MEASURE', '2028-03-16', '2028-04-14'],
      ['FULL_ROLLOUT_AND_EXPAND', '2028-04-15', '2028-05-14'],
    ]);
  });

  it('crosses a year end (start 2026-12-15)', () => {
    // +89 days: 16 to Dec 31, 31 in January, 28 in February, 14 in March.
    expect(ranges({ startDate: '2026-12-15' })[3]).toEqual([
      'FULL_ROLLOUT_AND_EXPAND',
      '2027-02-13',
      '2027-03-14',
    ]);
  });

  it('counts working days through the leap day (business days, 2028-02-15 Tue)', () => {
    // Tue 15–Fri 18 are days 1–4, 21–25 days 5–9, Feb 28, 29, Mar 1–3
    // days 10–14, Mon Mar 6 day 15. Then 15 working days (3 weeks) per
    // 15-day phase: day 30 is Mon Mar 27; day 60 = 6 weeks after day 30.
    expect(ranges({ startDate: '2028-02-15', businessDays: true })).toEqual([
      ['AUDIT_AND_DESIGN', '2028-02-15', '2028-03-06'],
      ['BUILD_AND_CONFIGURE', '2028-03-07', '2028-03-27'],
      ['PILOT_AND_MEASURE', '2028-03-28', '2028-05-08'],
      ['FULL_ROLLOUT_AND_EXPAND', '2028-05-09', '2028-06-19'],
    ]);
  });

  it('starts a Friday plan on the Friday (business days, 2026-03-06)', () => {
    // Day 1 Fri Mar 6, day 2 Mon Mar 9; every 5 working days is a week, so
    // day 15 = day 1 + 14 working days = Thu Mar 26; day 90 = Thu Jul 9.
    expect(ranges({ startDate: '2026-03-06', businessDays: true })).toEqual([
      ['AUDIT_AND_DESIGN', '2026-03-06', '2026-03-26'],
      ['BUILD_AND_CONFIGURE', '2026-03-27', '2026-04-16'],
      ['PILOT_AND_MEASURE', '2026-04-17', '2026-05-28'],
      ['FULL_ROLLOUT_AND_EXPAND', '2026-05-29', '2026-07-09'],
    ]);
  });

  it('moves a Saturday start to the Monday (business days, 2026-03-07)', () => {
    // Day 1 Mon Mar 9; phases of 3, 3, 6 and 6 whole weeks, Mon to Fri.
    expect(ranges({ startDate: '2026-03-07', businessDays: true })).toEqual([
      ['AUDIT_AND_DESIGN', '2026-03-09', '2026-03-27'],
      ['BUILD_AND_CONFIGURE', '2026-03-30', '2026-04-17'],
      ['PILOT_AND_MEASURE', '2026-04-20', '2026-05-29'],
      ['FULL_ROLLOUT_AND_EXPAND', '2026-06-01', '2026-07-10'],
    ]);
  });

  it('crosses the end of February in working days (business days, 2026-01-31 Sat)', () => {
    // Day 1 Mon Feb 2; day 30 = 6 weeks later on a Friday: Mar 13.
    expect(ranges({ startDate: '2026-01-31', businessDays: true })).toEqual([
      ['AUDIT_AND_DESIGN', '2026-02-02', '2026-02-20'],
      ['BUILD_AND_CONFIGURE', '2026-02-23', '2026-03-13'],
      ['PILOT_AND_MEASURE', '2026-03-16', '2026-04-24'],
      ['FULL_ROLLOUT_AND_EXPAND', '2026-04-27', '2026-06-05'],
    ]);
  });

  it.each(['2026-02-29', '2026-3-1', '', '2026-03-01T00:00:00Z'])(
    'refuses the start date %p',
    (startDate) => {
      expect(() => phaseDates({ startDate })).toThrow(RangeError);
    },
  );
});

describe(dayNumber.name, () => {
  // Calendar plan from 2026-01-31: each phase's first and last day, and
  // either side of the plan.
  it.each([
    ['2025-12-31', -30, null],
    ['2026-01-30', 0, null],
    ['2026-01-31', 1, 'AUDIT_AND_DESIGN'],
    ['2026-02-14', 15, 'AUDIT_AND_DESIGN'],
    ['2026-02-15', 16, 'BUILD_AND_CONFIGURE'],
    ['2026-03-01', 30, 'BUILD_AND_CONFIGURE'],
    ['2026-03-02', 31, 'PILOT_AND_MEASURE'],
    ['2026-03-31', 60, 'PILOT_AND_MEASURE'],
    ['2026-04-01', 61, 'FULL_ROLLOUT_AND_EXPAND'],
    ['2026-04-30', 90, 'FULL_ROLLOUT_AND_EXPAND'],
    ['2026-05-01', 91, 'FULL_ROLLOUT_AND_EXPAND'],
    ['2027-01-31', 366, 'FULL_ROLLOUT_AND_EXPAND'],
  ])('calendar plan from 2026-01-31: %s is day %d (%s)', (asOf, day, phase) => {
    const calendar = { startDate: '2026-01-31', asOf };
    expect(dayNumber(calendar)).toBe(day);
    expect(currentPhase(calendar)).toBe(phase);
  });

  // Business-day plan from Fri 2026-03-06: the weekend counts as the Friday.
  it.each([
    ['2026-02-27', -4], // Fri: Mon–Thu Mar 2–5 are days −3 to 0
    ['2026-02-28', -4], // Sat = the Friday before
    ['2026-03-05', 0],
    ['2026-03-06', 1],
    ['2026-03-07', 1],
    ['2026-03-08', 1],
    ['2026-03-09', 2],
    ['2026-03-26', 15],
    ['2026-03-27', 16],
    ['2026-03-28', 16],
    ['2026-07-09', 90],
    ['2026-07-10', 91],
    ['2026-07-12', 91],
  ])('business plan from Fri 2026-03-06: %s is day %d', (asOf, day) => {
    expect(
      dayNumber({ startDate: '2026-03-06', businessDays: true, asOf }),
    ).toBe(day);
  });

  // Business-day plan from Sat 2026-03-07: day 1 is Monday the 9th, so the
  // start date itself and the Friday before are day 0.
  it.each([
    ['2026-03-05', -1],
    ['2026-03-06', 0],
    ['2026-03-07', 0],
    ['2026-03-08', 0],
    ['2026-03-09', 1],
    ['2026-03-27', 15],
    ['2026-03-29', 15],
    ['2026-03-30', 16],
  ])('business plan from Sat 2026-03-07: %s is day %d', (asOf, day) => {
    expect(
      dayNumber({ startDate: '2026-03-07', businessDays: true, asOf }),
    ).toBe(day);
  });

  it('refuses an asOf that is not a date', () => {
    expect(() =>
      dayNumber({ startDate: '2026-03-02', asOf: '2026-02-30' }),
    ).toThrow('asOf must be a date YYYY-MM-DD, got "2026-02-30"');
  });
});

describe(planDayDate.name, () => {
  it.each([
    [{ startDate: '2026-01-31', day: 61 }, '2026-04-01'],
    [{ startDate: '2026-01-31', day: 0 }, '2026-01-30'],
    [{ startDate: '2028-02-15', day: 15 }, '2028-02-29'],
    [{ startDate: '2026-03-07', businessDays: true, day: 1 }, '2026-03-09'],
    [{ startDate: '2026-03-07', businessDays: true, day: 61 }, '2026-06-01'],
    // Day 0 of a business plan is the working day before day 1.
    [{ startDate: '2026-03-09', businessDays: true, day: 0 }, '2026-03-06'],
  ])('%p → %s', (input, date) => {
    expect(planDayDate(input)).toBe(date);
  });

  it('refuses a fractional day', () => {
    expect(() => planDayDate({ startDate: '2026-03-02', day: 1.5 })).toThrow(
      RangeError,
    );
  });
});
