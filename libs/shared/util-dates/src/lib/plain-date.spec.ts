import { isPlainDate, toEpochDay, weekdayOf } from './plain-date';

describe(toEpochDay.name, () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    // 2000 and 2024 are leap years: 10 957 days from 1970 to 2000.
    ['2000-01-01', 10_957],
    ['2024-02-29', 19_782],
    ['0001-01-01', -719_162],
  ])('%s → %d', (value, expected) => {
    expect(toEpochDay(value)).toBe(expected);
  });

  it.each([
    ['2026-02-29'], // 2026 is not a leap year
    ['1900-02-29'], // nor is 1900 (divisible by 100, not by 400)
    ['2026-13-01'],
    ['2026-00-10'],
    ['2026-04-31'],
    ['2026-4-1'],
    ['26-04-01'],
    ['2026-04-01T00:00:00Z'],
    [' 2026-04-01'],
    ['01/04/2026'],
    [''],
  ])('rejects %p', (value) => {
    expect(toEpochDay(value)).toBeNull();
    expect(isPlainDate(value)).toBe(false);
  });
});

describe(weekdayOf.name, () => {
  it.each([
    ['2026-03-02', 'Monday'],
    ['2026-03-15', 'Sunday'],
    ['2026-01-06', 'Tuesday'],
    ['2024-02-29', 'Thursday'],
    ['1970-01-01', 'Thursday'],
    ['1969-12-29', 'Monday'],
    ['2011-12-30', 'Friday'],
  ])('%s is a %s', (value, weekday) => {
    expect(weekdayOf(value)).toBe(weekday);
  });

  it('is null for a value that is not a plain date', () => {
    expect(weekdayOf('2026-02-30')).toBeNull();
  });
});
