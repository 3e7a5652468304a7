import {
  addDays,
  defaultRange,
  lastWeeksRange,
  localIsoDay,
  matchingQuickRange,
  rangeProblem,
  yearToDateRange,
  lastCompleteWeeksRange,
  COMPLETE_WEEK_RANGES,
} from './metrics-range';

describe(defaultRange.name, () => {
  it('is the last 26 weeks (182 days) ending today', () => {
    expect(defaultRange('2026-07-05')).toEqual({
      from: '2026-01-05',
      to: '2026-07-05',
    });
  });
});

describe(lastWeeksRange.name, () => {
  it('counts whole weeks back across a month and year end', () => {
    expect(lastWeeksRange('2026-01-04', 13)).toEqual({
      from: '2025-10-06',
      to: '2026-01-04',
    });
  });
});

describe(yearToDateRange.name, () => {
  it('starts on 1 January', () => {
    expect(yearToDateRange('2026-03-15')).toEqual({
      from: '2026-01-01',
      to: '2026-03-15',
    });
  });
});

describe(addDays.name, () => {
  it('crosses leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe(localIsoDay.name, () => {
  it('uses the local calendar day', () => {
    expect(localIsoDay(new Date(2026, 6, 5, 23, 30))).toBe('2026-07-05');
  });
});

describe(matchingQuickRange.name, () => {
  it('names the quick range the dates match', () => {
    const today = '2026-07-05';
    expect(matchingQuickRange(lastWeeksRange(today, 13), today)).toBe('13w');
    expect(matchingQuickRange(yearToDateRange(today), today)).toBe('ytd');
    expect(
      matchingQuickRange({ from: '2026-02-01', to: today }, today),
    ).toBeNull();
  });

  it('matches against the complete-week ranges when given them', () => {
    const today = '2026-12-01';
    expect(
      matchingQuickRange(
        lastCompleteWeeksRange(today, 26),
        today,
        COMPLETE_WEEK_RANGES,
      ),
    ).toBe('26w');
    // The running-week range is not one of them.
    expect(
      matchingQuickRange(
        lastWeeksRange(today, 26),
        today,
        COMPLETE_WEEK_RANGES,
      ),
    ).toBeNull();
  });
});

describe(rangeProblem.name, () => {
  it('accepts a range of one day or more', () => {
    expect(rangeProblem({ from: '2026-01-05', to: '2026-01-05' })).toBeNull();
  });

  it('says what is wrong', () => {
    expect(rangeProblem({ from: '', to: '2026-01-05' })).toBe(
      'Choose a start and an end date.',
    );
    expect(rangeProblem({ from: '2026-02-01', to: '2026-01-05' })).toBe(
      'The start date must be on or before the end date.',
    );
  });
});

describe(lastCompleteWeeksRange.name, () => {
  it('ends on the Sunday before today’s week (Tue 1 Dec 2026 → Sun 29 Nov)', () => {
    // 29 Nov − 181 days = 1 Jun 2026, a Monday.
    expect(lastCompleteWeeksRange('2026-12-01', 26)).toEqual({
      from: '2026-06-01',
      to: '2026-11-29',
    });
  });

  it('treats a Monday’s own week as running: Mon 30 Nov 2026 → Sun 29 Nov', () => {
    expect(lastCompleteWeeksRange('2026-11-30', 1)).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
    });
  });

  it('treats a Sunday as the last day of a running week: Sun 6 Dec → Sun 29 Nov', () => {
    expect(lastCompleteWeeksRange('2026-12-06', 1).to).toBe('2026-11-29');
  });

  it('crosses a leap day: Wed 6 Mar 2024 → Mon 26 Feb – Sun 3 Mar', () => {
    // 2024 is a leap year: the week holds 29 Feb, and is still 7 days.
    expect(lastCompleteWeeksRange('2024-03-06', 1)).toEqual({
      from: '2024-02-26',
      to: '2024-03-03',
    });
  });
});
