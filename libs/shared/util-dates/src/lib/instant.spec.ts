import { parseInstant } from './instant';

describe(parseInstant.name, () => {
  const MARCH_2_0915_UTC = Date.UTC(2026, 2, 2, 9, 15);

  it.each([
    ['2026-03-02T09:15:00Z', MARCH_2_0915_UTC],
    ['2026-03-02T09:15Z', MARCH_2_0915_UTC],
    ['2026-03-02 09:15:00z', MARCH_2_0915_UTC],
    ['2026-03-02T10:15:00+01:00', MARCH_2_0915_UTC],
    ['2026-03-02T10:15:00+0100', MARCH_2_0915_UTC],
    ['2026-03-02T04:15:00-05', MARCH_2_0915_UTC],
    ['2026-03-02T14:45:00+05:30', MARCH_2_0915_UTC],
    ['2026-03-02T09:15:00.250Z', MARCH_2_0915_UTC + 250],
    ['2026-03-02T09:15:00.123456789Z', MARCH_2_0915_UTC + 123],
    // the day before, written with UTC+14
    ['2026-03-02T23:15:00+14:00', MARCH_2_0915_UTC],
  ])('%s', (value, epochMs) => {
    expect(parseInstant(value, 'openedAt')).toBe(epochMs);
  });

  it('takes a Date as it is', () => {
    expect(parseInstant(new Date(MARCH_2_0915_UTC), 'openedAt')).toBe(
      MARCH_2_0915_UTC,
    );
  });

  it.each([
    // no offset: which zone it means is unknown, so it is refused, not guessed
    ['2026-03-02T09:15:00'],
    ['2026-03-02'],
    ['2026-02-29T09:15:00Z'],
    ['2026-03-02T24:00:00Z'],
    ['2026-03-02T09:60:00Z'],
    ['2026-03-02T09:15:00+15:00'],
    ['2026-03-02T09:15:00+01:60'],
    ['02/03/2026 09:15'],
    [''],
  ])('refuses %p and names the field', (value) => {
    expect(() => parseInstant(value, 'request 3: openedAt')).toThrow(
      /^request 3: openedAt must be an ISO-8601 timestamp with an offset/,
    );
  });

  it('refuses an invalid Date', () => {
    expect(() => parseInstant(new Date(Number.NaN), 'at')).toThrow(RangeError);
  });
});
