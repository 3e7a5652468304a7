import {
  addDays,
  defaultRange,
  lastWeeksRange,
  localIsoDay,
  matchingQuickRange,
  rangeProblem,
  yearToDateRange,
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
