import { parseTimestamp, zonedTimeToEpochMs } from './timestamp';

const utc = (iso: string) => Date.parse(iso);

describe(parseTimestamp.name, () => {
  it.each([
    ['2026-03-02T09:15:00Z', 'UTC', '2026-03-02T09:15:00.000Z', true],
    ['2026-03-02T09:15:00+01:00', 'UTC', '2026-03-02T08:15:00.000Z', true],
    ['2026-03-02T09:15:00-0530', 'UTC', '2026-03-02T14:45:00.000Z', true],
    ['2026-03-02 09:15', 'UTC', '2026-03-02T09:15:00.000Z', false],
    ['2026-03-02T09:15:07.25', 'UTC', '2026-03-02T09:15:07.250Z', false],
    // Without an offset, a wall-clock time in the organisation's zone:
    // Paris is UTC+1 in winter, UTC+2 in summer.
    ['2026-03-02 09:15:00', 'Europe/Paris', '2026-03-02T08:15:00.000Z', false],
    ['2026-07-02 09:15:00', 'Europe/Paris', '2026-07-02T07:15:00.000Z', false],
    [
      '2026-07-02 09:15:00',
      'America/New_York',
      '2026-07-02T13:15:00.000Z',
      false,
    ],
    ['2026-03-02 09:15:00', 'Asia/Kolkata', '2026-03-02T03:45:00.000Z', false],
  ])('%s in %s → %s', (text, zone, iso, hadOffset) => {
    expect(parseTimestamp(text, zone)).toEqual({
      ok: true,
      value: { epochMs: utc(iso), hadOffset },
    });
  });

  it.each([
    ['', 'is empty'],
    [
      '02/03/2026 09:15',
      'must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z',
    ],
    [
      '2026-03-02',
      'must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z',
    ],
    [
      '2026-02-30T10:00:00Z',
      'is not a real date and time between 1970 and 2100',
    ],
    [
      '2026-03-02T24:00:00Z',
      'is not a real date and time between 1970 and 2100',
    ],
    [
      '1899-03-02T10:00:00Z',
      'is not a real date and time between 1970 and 2100',
    ],
    ['2026-03-02T10:00:00+15:00', 'has an offset beyond ±14:00'],
    [
      '=NOW()',
      'must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z',
    ],
  ])('refuses %p: %s', (text, message) => {
    expect(parseTimestamp(text, 'UTC')).toEqual({ ok: false, message });
  });
});

describe(zonedTimeToEpochMs.name, () => {
  it('reads a time in the skipped spring hour with the offset before the change', () => {
    // Paris skips 02:00–03:00 on 2026-03-29; 02:30 is read as 02:30 UTC+1.
    expect(
      new Date(
        zonedTimeToEpochMs(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Paris'),
      ).toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier instant in the repeated autumn hour', () => {
    // Paris repeats 02:00–03:00 on 2026-10-25: 02:30 first happens at 00:30 UTC.
    expect(
      new Date(
        zonedTimeToEpochMs(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Paris'),
      ).toISOString(),
    ).toBe('2026-10-25T00:30:00.000Z');
  });
});
