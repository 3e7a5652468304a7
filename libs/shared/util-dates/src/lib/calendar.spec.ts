import {
  addDays,
  firstOfMonth,
  firstOfNextMonth,
  mondayOnOrBefore,
} from './calendar';
import { formatEpochDay, parsePlainDate } from './plain-date';

const day = (date: string): number => parsePlainDate(date, 'date');

describe(parsePlainDate.name, () => {
  it('reads a plain date as days since 1970-01-01', () => {
    expect(parsePlainDate('1970-01-02', 'from')).toBe(1);
  });

  it.each([['2026-02-29'], ['2026-3-1'], ['2026-03-01T00:00:00Z'], ['']])(
    'refuses %p and names the field',
    (value) => {
      expect(() => parsePlainDate(value, 'from')).toThrow(
        /^from must be a date/,
      );
    },
  );
});

describe(formatEpochDay.name, () => {
  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [20_514, '2026-03-02'],
  ])('epoch day %d is %s', (epochDay, date) => {
    expect(formatEpochDay(epochDay)).toBe(date);
    expect(day(date)).toBe(epochDay);
  });

  it.each([[0.5], [Number.NaN], [day('9999-12-31') + 1]])(
    'refuses %p',
    (value) => {
      expect(() => formatEpochDay(value)).toThrow(RangeError);
    },
  );
});

describe(mondayOnOrBefore.name, () => {
  // 2026-03-02 is a Monday; 1970-01-01 a Thursday, after Monday 1969-12-29.
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2026-03-08', '2026-03-02'], // Sunday
    ['2026-03-09', '2026-03-09'],
    ['1970-01-01', '1969-12-29'],
    ['1969-12-28', '1969-12-22'], // negative epoch days
  ])('the Monday of %s is %s', (date, monday) => {
    expect(formatEpochDay(mondayOnOrBefore(day(date)))).toBe(monday);
  });
});

describe(firstOfMonth.name, () => {
  it.each([
    ['2026-03-31', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['2024-02-29', '2024-02-01'],
    // Before the epoch: epoch day -17 is 1969-12-15, its month began on -31.
    ['1969-12-15', '1969-12-01'],
  ])('%s is in the month of %s', (date, first) => {
    expect(formatEpochDay(firstOfMonth(day(date)))).toBe(first);
  });
});

describe(firstOfNextMonth.name, () => {
  it.each([
    ['2026-01-31', '2026-02-01'],
    ['2026-12-01', '2027-01-01'],
    ['2024-02-29', '2024-03-01'],
    // From before the epoch into it: 1969-12-15 (day -17) → day 0.
    ['1969-12-15', '1970-01-01'],
  ])('after %s comes %s', (date, next) => {
    expect(formatEpochDay(firstOfNextMonth(day(date)))).toBe(next);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2026-03-28', 2, '2026-03-30'], // over the European spring change
    ['2026-03-02', -7, '2026-02-23'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %d days = %s', (date, days, expected) => {
    expect(addDays({ date, days })).toBe(expected);
  });

  it('refuses a fraction of a day', () => {
    expect(() => addDays({ date: '2026-03-02', days: 0.5 })).toThrow(
      RangeError,
    );
  });
});
