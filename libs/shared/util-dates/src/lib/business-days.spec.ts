import fc from 'fast-check';
import {
  isWorkingDay,
  workingDayOfOrdinal,
  workingDayOrdinal,
} from './business-days';
import { formatEpochDay, parsePlainDate, toEpochDay } from './plain-date';

const day = (value: string) => toEpochDay(value)!;

describe(formatEpochDay.name, () => {
  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [19_782, '2024-02-29'],
    [-719_162, '0001-01-01'],
  ])('%d → %s', (epochDay, value) => {
    expect(formatEpochDay(epochDay)).toBe(value);
  });

  it('is the inverse of toEpochDay for every day of years 0001–9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('0001-01-01'), max: day('9999-12-31') }),
        (epochDay) => toEpochDay(formatEpochDay(epochDay)) === epochDay,
      ),
      { seed: 20260302, numRuns: 2000 },
    );
  });

  it.each([0.5, day('9999-12-31') + 1, Number.NaN])(
    'refuses %p',
    (epochDay) => {
      expect(() => formatEpochDay(epochDay)).toThrow(RangeError);
    },
  );
});

describe(parsePlainDate.name, () => {
  it('names the field in its error', () => {
    expect(() => parsePlainDate('2026-04-31', 'startDate')).toThrow(
      'startDate must be a date YYYY-MM-DD, got "2026-04-31"',
    );
  });
});

describe(workingDayOrdinal.name, () => {
  it('adds one per weekday and holds over the weekend', () => {
    // Mon 2026-03-02 … Mon 2026-03-09
    const week = ['02', '03', '04', '05', '06', '07', '08', '09'].map((d) =>
      workingDayOrdinal(day(`2026-03-${d}`)),
    );
    const monday = week[0];
    expect(week).toEqual([0, 1, 2, 3, 4, 4, 4, 5].map((n) => monday + n));
  });

  it('is inverted by workingDayOfOrdinal on working days, before 1970 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (epochDay) => {
        const back = workingDayOfOrdinal(workingDayOrdinal(epochDay));
        // A weekend day maps back to the Friday before it.
        return isWorkingDay(epochDay)
          ? back === epochDay
          : isWorkingDay(back) && epochDay - back >= 1 && epochDay - back <= 2;
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe(isWorkingDay.name, () => {
  it.each([
    ['2026-03-06', true], // Friday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-03-09', true], // Monday
    ['1969-12-28', false], // Sunday before epoch day 0
  ])('%s → %p', (value, working) => {
    expect(isWorkingDay(day(value))).toBe(working);
  });
});
