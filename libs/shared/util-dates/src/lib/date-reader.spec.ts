import { createDateReader } from './date-reader';

const instant = (
  text: string,
  options: Parameters<typeof createDateReader>[0],
) => {
  const result = createDateReader(options).readInstant(text);
  return result.ok
    ? `${new Date(result.value.epochMs).toISOString()}${result.value.hadOffset ? ' offset' : ''} ${result.value.localTime}`
    : `error: ${result.message}`;
};
const utc = (dateFormat?: string) => (text: string) =>
  instant(text, { dateFormat, timeZone: 'UTC' });

describe(createDateReader.name, () => {
  it('reads ISO-8601 by default, with or without an offset', () => {
    const read = utc();
    expect(read('2026-03-02T09:15:00Z')).toBe(
      '2026-03-02T09:15:00.000Z offset EXACT',
    );
    expect(read('2026-03-02 09:15')).toBe('2026-03-02T09:15:00.000Z EXACT');
    expect(read(' 2026-03-02T09:15:00.1234+01:00 ')).toBe(
      '2026-03-02T08:15:00.123Z offset EXACT',
    );
    expect(read('02/03/2026 09:15')).toBe(
      'error: must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z',
    );
    expect(read('')).toBe('error: is empty');
  });

  it('reads day-first dates: 5/3/2016 is the 5th of March', () => {
    const read = utc('d/M/yyyy HH:mm');
    expect(read('5/3/2016 12:00')).toBe('2016-03-05T12:00:00.000Z EXACT');
    expect(read('05/03/2016 09:05')).toBe('2016-03-05T09:05:00.000Z EXACT');
    // A month of 25 is refused, not read month first.
    expect(read('3/25/2024 10:00')).toBe(
      'error: is not a real date and time between 1970 and 2100 (read as d/M/yyyy HH:mm, day first)',
    );
  });

  it('reads 12-hour times: 12:00 AM is midnight, 12:00 PM is noon', () => {
    const read = utc('MM/dd/yyyy hh:mm:ss a');
    expect(read('03/05/2026 12:00:00 AM')).toBe(
      '2026-03-05T00:00:00.000Z EXACT',
    );
    expect(read('03/05/2026 12:00:00 PM')).toBe(
      '2026-03-05T12:00:00.000Z EXACT',
    );
    expect(read('03/05/2026 12:30:00 am')).toBe(
      '2026-03-05T00:30:00.000Z EXACT',
    );
    expect(read('03/05/2026 01:30:00 p.m.')).toBe(
      '2026-03-05T13:30:00.000Z EXACT',
    );
    expect(read('03/05/2026 13:30:00 PM')).toMatch(
      /^error: is not a real date and time/,
    );
    expect(read('2026-03-05 13:30')).toBe(
      'error: must be a date and time written MM/dd/yyyy hh:mm:ss a, month first, such as 03/02/2026 09:15:00 AM',
    );
  });

  it('reads fractions of a second and slashes in year-first dates', () => {
    expect(utc('yyyy/MM/dd HH:mm:ss.SSS')('2026/03/02 09:15:00.250')).toBe(
      '2026-03-02T09:15:00.250Z EXACT',
    );
    expect(utc('yyyy/MM/dd HH:mm:ss.S')('2026/03/02 09:15:00.2')).toBe(
      '2026-03-02T09:15:00.200Z EXACT',
    );
  });

  it('knows 29 February in leap years only, and that April has 30 days', () => {
    const read = utc('dd/MM/yyyy');
    expect(read('29/02/2024')).toBe('2024-02-29T00:00:00.000Z EXACT');
    expect(read('29/02/2026')).toMatch(/^error: is not a real date/);
    expect(read('31/04/2026')).toMatch(/^error: is not a real date/);
    expect(read('29/02/2000')).toBe('2000-02-29T00:00:00.000Z EXACT');
    expect(read('29/02/2100')).toMatch(/^error: is not a real date/);
    expect(read('01/01/1969')).toMatch(/between 1970 and 2100/);
  });

  it('reads a time without an offset in the zone, counting skipped and repeated local times', () => {
    const newYork = (text: string) =>
      instant(text, {
        dateFormat: 'M/d/yyyy H:mm',
        timeZone: 'America/New_York',
      });
    expect(newYork('3/8/2026 2:30')).toBe('2026-03-08T07:30:00.000Z SKIPPED');
    expect(newYork('11/1/2026 1:30')).toBe('2026-11-01T05:30:00.000Z REPEATED');
    expect(newYork('7/1/2026 9:00')).toBe('2026-07-01T13:00:00.000Z EXACT');
  });

  it('keeps an explicit offset and ignores the zone', () => {
    const options = {
      dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
      timeZone: 'America/New_York',
    };
    expect(instant('2026-03-08T02:30:00+01:00', options)).toBe(
      '2026-03-08T01:30:00.000Z offset EXACT',
    );
    expect(instant('2026-03-08T02:30:00Z', options)).toBe(
      '2026-03-08T02:30:00.000Z offset EXACT',
    );
    expect(instant('2026-03-08T02:30:00+15:00', options)).toMatch(
      /offset beyond ±14:00/,
    );
    expect(
      instant('2026-03-08T02:30:00-0500', {
        dateFormat: "yyyy-MM-dd'T'HH:mm:ssxx",
        timeZone: 'Asia/Tokyo',
      }),
    ).toBe('2026-03-08T07:30:00.000Z offset EXACT');
  });

  it('tries the other formats in order, and says which forms it expects', () => {
    const options = {
      otherDateFormats: ['d/M/yyyy H:mm', 'd/MMM/yy h:mm a'],
      timeZone: 'UTC',
    };
    expect(instant('2016-02-29 01:16:00', options)).toBe(
      '2016-02-29T01:16:00.000Z EXACT',
    );
    expect(instant('29/2/2016 01:16', options)).toBe(
      '2016-02-29T01:16:00.000Z EXACT',
    );
    expect(instant('12/Mar/24 9:05 PM', options)).toBe(
      '2024-03-12T21:05:00.000Z EXACT',
    );
    expect(instant('1/Sept/99 9:05 AM', options)).toBe(
      '1999-09-01T09:05:00.000Z EXACT',
    );
    expect(instant('12/Foo/24 9:05 AM', options)).toMatch(
      /"Foo" is not a month/,
    );
    expect(instant('yesterday', options)).toBe(
      'error: must be a date and time in one of the forms ISO-8601; d/M/yyyy H:mm, day first; d/MMM/yy h:mm a',
    );
  });

  it('reads rarer tokens through date-fns (weekday names, ordinals) in the zone given', () => {
    const options = {
      dateFormat: 'EEE, do MMMM yyyy HH:mm',
      timeZone: 'Europe/London',
    };
    expect(instant('Mon, 2nd March 2026 09:15', options)).toBe(
      '2026-03-02T09:15:00.000Z EXACT',
    );
    expect(instant('Wed, 1st July 2026 09:15', options)).toBe(
      '2026-07-01T08:15:00.000Z EXACT',
    );
    expect(instant('Mon, 2nd Marc 2026 09:15', options)).toMatch(
      /^error: must be a date and time written EEE, do MMMM yyyy HH:mm/,
    );
  });

  it('reads plain dates as written', () => {
    const reader = createDateReader({
      dateFormat: 'dd.MM.yyyy',
      timeZone: 'Pacific/Kiritimati',
    });
    expect(reader.readPlainDate('02.03.2026')).toEqual({
      ok: true,
      value: '2026-03-02',
    });
    expect(reader.readPlainDate('32.03.2026').ok).toBe(false);
  });

  it('refuses a bad format or zone when built', () => {
    expect(() =>
      createDateReader({ dateFormat: 'yyyy-jj', timeZone: 'UTC' }),
    ).toThrow(RangeError);
    expect(() => createDateReader({ timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });
});
