import { formatEpochDay, toEpochDay } from '@esm-planner/shared-util-dates';

import { caseMonthBounds, caseMonthOfDate, caseMonths } from './case-months';
import { goLiveMonthFromPlan } from './go-live-month';

describe(caseMonthBounds.name, () => {
  // Month m: start + ceil((m − 1) × 30.4375) … start + ceil(m × 30.4375) − 1.
  it.each([
    // From 1 January 2026: month 1 = days 0..ceil(30.4375) − 1 = 30 → 1–31 January.
    ['2026-01-01', 1, '2026-01-01', '2026-01-31'],
    // Month 2 = days 31..ceil(60.875) − 1 = 60: 1 February (day 31) to
    // 2 March (day 60: 1 March is day 59 after a 28-day February) — 30 days.
    ['2026-01-01', 2, '2026-02-01', '2026-03-02'],
    // Month 3 = days 61..ceil(91.3125) − 1 = 91: 3 March to 2 April — 31 days.
    ['2026-01-01', 3, '2026-03-03', '2026-04-02'],
    // Month 4 = days 92..ceil(121.75) − 1 = 121: 3 April to 2 May.
    ['2026-01-01', 4, '2026-04-03', '2026-05-02'],
    // Month 12 = days ceil(334.8125) = 335 .. ceil(365.25) − 1 = 365:
    // 2 December 2026 to 1 January 2027 (2026 has 365 days, so day 365 is New Year's Day).
    ['2026-01-01', 12, '2026-12-02', '2027-01-01'],
    // Month 17 starts after exactly 16 mean months, day 487 (as goLiveMonthFromPlan places it).
    ['2026-01-01', 17, '2027-05-03', '2027-06-02'],
    // Across month ends from 31 January: month 1 = days 0..30 → 31 January to
    // 2 March; month 2 = days 31..60 → 3 March to 1 April.
    ['2026-01-31', 1, '2026-01-31', '2026-03-02'],
    ['2026-01-31', 2, '2026-03-03', '2026-04-01'],
    // A leap February: from 1 February 2028, day 29 is 1 March, day 30 is 2 March.
    ['2028-02-01', 1, '2028-02-01', '2028-03-02'],
    // Europe's spring DST change (29 March 2026, a 23-hour local day) inside
    // month 1 from 1 March: still days 0..30, 1–31 March; plain dates, no hours.
    ['2026-03-01', 1, '2026-03-01', '2026-03-31'],
    // The autumn change (25 October 2026, a 25-hour day): 1–31 October, then 1–30 November.
    ['2026-10-01', 1, '2026-10-01', '2026-10-31'],
    ['2026-10-01', 2, '2026-11-01', '2026-11-30'],
  ])(
    'from %s, month %d runs %s to %s',
    (programmeStart, month, startDate, endDate) => {
      expect(caseMonthBounds({ programmeStart, month })).toEqual({
        startDate,
        endDate,
      });
    },
  );

  it('tiles the calendar: each month starts the day after the previous one ends', () => {
    for (let month = 2; month <= 120; month += 1) {
      const previous = caseMonthBounds({
        programmeStart: '2026-03-29',
        month: month - 1,
      });
      const current = caseMonthBounds({ programmeStart: '2026-03-29', month });
      expect(
        toEpochDay(current.startDate)! - toEpochDay(previous.endDate)!,
      ).toBe(1);
      const length =
        toEpochDay(current.endDate)! - toEpochDay(current.startDate)! + 1;
      expect([30, 31]).toContain(length);
    }
    // 16 months are exactly 487 days (16 × 30.4375).
    expect(
      toEpochDay(
        caseMonthBounds({ programmeStart: '2026-03-29', month: 16 }).endDate,
      )! -
        toEpochDay('2026-03-29')! +
        1,
    ).toBe(487);
  });

  it('agrees with the go-live rule: the day 61 of a plan falls in the month goLiveMonthFromPlan names', () => {
    const start = toEpochDay('2026-01-05')!;
    for (let d = 0; d < 1_100; d += 1) {
      const day61Date = formatEpochDay(start + d);
      const month = goLiveMonthFromPlan({
        programmeStart: '2026-01-05',
        day61Date,
      });
      const { startDate, endDate } = caseMonthBounds({
        programmeStart: '2026-01-05',
        month,
      });
      expect(day61Date >= startDate && day61Date <= endDate).toBe(true);
      expect(
        caseMonthOfDate({ programmeStart: '2026-01-05', date: day61Date }),
      ).toBe(month);
    }
  });

  it.each([
    [{ programmeStart: '2026-02-30', month: 1 }, /programmeStart/],
    [{ programmeStart: '2026-01-01', month: 0 }, /≥ 1/],
    [{ programmeStart: '2026-01-01', month: 1.5 }, /whole number/],
  ])('refuses %j', (args, message) => {
    expect(() => caseMonthBounds(args)).toThrow(message);
  });
});

describe(caseMonthOfDate.name, () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-01-31', 1],
    ['2026-02-01', 2],
    ['2026-03-02', 2],
    ['2026-03-03', 3],
    // Before the programme start: no case month.
    ['2025-12-31', null],
  ])('from 2026-01-01, %s is in month %p', (date, month) => {
    expect(caseMonthOfDate({ programmeStart: '2026-01-01', date })).toBe(month);
  });
});

describe(caseMonths.name, () => {
  it('lists months 1..horizon, complete once their last day is before asOf', () => {
    // From 2026-01-01: month 1 ends 31 January, month 2 on 2 March.
    const onLastDay = caseMonths({
      programmeStart: '2026-01-01',
      horizonMonths: 3,
      asOf: '2026-01-31',
    });
    expect(onLastDay.map((m) => [m.month, m.complete])).toEqual([
      [1, false], // asOf is its last day: not over yet
      [2, false],
      [3, false],
    ]);
    const dayAfter = caseMonths({
      programmeStart: '2026-01-01',
      horizonMonths: 3,
      asOf: '2026-02-01',
    });
    expect(dayAfter.map((m) => [m.month, m.complete])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    expect(dayAfter[2]).toEqual({
      month: 3,
      startDate: '2026-03-03',
      endDate: '2026-04-02',
      complete: false,
    });
  });

  it('has no complete month before the programme starts, and all of them after the horizon', () => {
    expect(
      caseMonths({
        programmeStart: '2026-01-01',
        horizonMonths: 2,
        asOf: '2025-06-01',
      }).some((m) => m.complete),
    ).toBe(false);
    // Month 2 ends 2 March: on 3 March both are complete; months past the horizon are not listed.
    expect(
      caseMonths({
        programmeStart: '2026-01-01',
        horizonMonths: 2,
        asOf: '2026-03-03',
      }).map((m) => m.complete),
    ).toEqual([true, true]);
  });
});
