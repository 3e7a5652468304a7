import { isKnownTimeZone, wallClockToInstant, zoneOffsetMs } from './time-zone';

const HOUR = 3_600_000;
const read = (wall: string, zone: string) => {
  const instant = wallClockToInstant(Date.parse(`${wall}Z`), zone);
  return [new Date(instant.epochMs).toISOString(), instant.localTime];
};

describe(wallClockToInstant.name, () => {
  it('reads an ordinary time with the zone offset of that day', () => {
    // New York is UTC−5 in January, UTC−4 in July.
    expect(read('2026-01-15T09:00:00', 'America/New_York')).toEqual([
      '2026-01-15T14:00:00.000Z',
      'EXACT',
    ]);
    expect(read('2026-07-15T09:00:00', 'America/New_York')).toEqual([
      '2026-07-15T13:00:00.000Z',
      'EXACT',
    ]);
    expect(read('2026-07-15T09:00:00', 'UTC')).toEqual([
      '2026-07-15T09:00:00.000Z',
      'EXACT',
    ]);
  });

  it('moves a skipped time forward by the gap (New York, 8 March 2026, 02:00 → 03:00)', () => {
    // 02:30 does not exist; compatible reading: 02:30 EST (UTC−5) = 07:30Z = 03:30 EDT.
    expect(read('2026-03-08T02:30:00', 'America/New_York')).toEqual([
      '2026-03-08T07:30:00.000Z',
      'SKIPPED',
    ]);
    // The first minute of the gap is 03:00 EDT; the minute before it is exact.
    expect(read('2026-03-08T02:00:00', 'America/New_York')).toEqual([
      '2026-03-08T07:00:00.000Z',
      'SKIPPED',
    ]);
    expect(read('2026-03-08T01:59:00', 'America/New_York')).toEqual([
      '2026-03-08T06:59:00.000Z',
      'EXACT',
    ]);
    expect(read('2026-03-08T03:00:00', 'America/New_York')).toEqual([
      '2026-03-08T07:00:00.000Z',
      'EXACT',
    ]);
  });

  it('takes the first of a repeated time (New York, 1 November 2026, 02:00 → 01:00)', () => {
    // 01:30 happens at 05:30Z (EDT, UTC−4) and 06:30Z (EST): the first.
    expect(read('2026-11-01T01:30:00', 'America/New_York')).toEqual([
      '2026-11-01T05:30:00.000Z',
      'REPEATED',
    ]);
    expect(read('2026-11-01T02:00:00', 'America/New_York')).toEqual([
      '2026-11-01T07:00:00.000Z',
      'EXACT',
    ]);
  });

  it('does the same in London (29 March and 25 October 2026, at 01:00 UTC)', () => {
    // 01:30 on 29 March is skipped: 01:30 GMT = 01:30Z = 02:30 BST.
    expect(read('2026-03-29T01:30:00', 'Europe/London')).toEqual([
      '2026-03-29T01:30:00.000Z',
      'SKIPPED',
    ]);
    // 01:30 on 25 October is 00:30Z (BST) and 01:30Z (GMT): the first.
    expect(read('2026-10-25T01:30:00', 'Europe/London')).toEqual([
      '2026-10-25T00:30:00.000Z',
      'REPEATED',
    ]);
  });

  it('handles the half-hour shift of Lord Howe Island (+10:30 / +11:00)', () => {
    // 4 October 2026, 02:00 → 02:30: 02:15 is read at +10:30 = 15:45Z the day before (02:45 daylight).
    expect(read('2026-10-04T02:15:00', 'Australia/Lord_Howe')).toEqual([
      '2026-10-03T15:45:00.000Z',
      'SKIPPED',
    ]);
    // 5 April 2026, 02:00 → 01:30: 01:45 first at +11:00 = 14:45Z.
    expect(read('2026-04-05T01:45:00', 'Australia/Lord_Howe')).toEqual([
      '2026-04-04T14:45:00.000Z',
      'REPEATED',
    ]);
    expect(read('2026-04-05T01:15:00', 'Australia/Lord_Howe')).toEqual([
      '2026-04-04T14:15:00.000Z',
      'EXACT',
    ]);
  });

  it('follows historic changes of a zone’s offset', () => {
    // Moscow: UTC+3 with summer time until 2011, UTC+4 all year 2011–2014, UTC+3 since 26 October 2014 02:00.
    expect(read('2013-01-15T12:00:00', 'Europe/Moscow')).toEqual([
      '2013-01-15T08:00:00.000Z',
      'EXACT',
    ]);
    expect(read('2015-01-15T12:00:00', 'Europe/Moscow')).toEqual([
      '2015-01-15T09:00:00.000Z',
      'EXACT',
    ]);
    expect(read('2014-10-26T01:30:00', 'Europe/Moscow')).toEqual([
      '2014-10-25T21:30:00.000Z',
      'REPEATED',
    ]);
    // Samoa skipped 30 December 2011 (UTC−10 → UTC+14): noon that day moves forward a whole day.
    expect(read('2011-12-30T12:00:00', 'Pacific/Apia')).toEqual([
      '2011-12-30T22:00:00.000Z',
      'SKIPPED',
    ]);
    expect(read('2011-12-31T12:00:00', 'Pacific/Apia')).toEqual([
      '2011-12-30T22:00:00.000Z',
      'EXACT',
    ]);
  });
});

describe(zoneOffsetMs.name, () => {
  it('gives the offset either side of a change, to the second', () => {
    const change = Date.parse('2026-03-08T07:00:00Z');
    expect(zoneOffsetMs(change - 1_000, 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(change, 'America/New_York')).toBe(-4 * HOUR);
    expect(
      zoneOffsetMs(Date.parse('2026-01-01T00:00:00Z'), 'Asia/Kolkata'),
    ).toBe(5.5 * HOUR);
  });
});

describe(isKnownTimeZone.name, () => {
  it('knows IANA names and refuses offsets and made-up names', () => {
    expect(
      [
        'UTC',
        'Europe/London',
        'America/Argentina/Buenos_Aires',
        'Australia/Lord_Howe',
      ].map(isKnownTimeZone),
    ).toEqual([true, true, true, true]);
    expect(
      ['+02:00', 'UTC+2', 'Mars/Olympus', '', 'constructor'].map(
        isKnownTimeZone,
      ),
    ).toEqual([false, false, false, false, false]);
  });
});
