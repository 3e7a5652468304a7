import { createDateReader } from '@esm-planner/shared-util-dates';
import { VENDOR_DATE_FORMATS } from './vendor-columns';

// How the built-in mappings read timestamps: ISO-8601, then the vendor forms.
const parseVendorTimestamp = (text: string, timeZone: string) =>
  createDateReader({
    otherDateFormats: VENDOR_DATE_FORMATS,
    timeZone,
  }).readInstant(text);

const utc = (text: string, zone = 'UTC') => {
  const result = parseVendorTimestamp(text, zone);
  return result.ok
    ? new Date(result.value.epochMs).toISOString()
    : `error: ${result.message}`;
};

describe('the built-in mappings’ date formats', () => {
  it('reads ServiceNow day-first dates: 29/2/2016 01:16 is the 29th of February (a leap day)', () => {
    expect(utc('29/2/2016 01:16')).toBe('2016-02-29T01:16:00.000Z');
    // 5/3/2016 is the 5th of March, not the 3rd of May.
    expect(utc('5/3/2016 12:00')).toBe('2016-03-05T12:00:00.000Z');
    expect(utc('05-03-2016 12:00:30')).toBe('2016-03-05T12:00:30.000Z');
  });

  it('reads ISO with a space and with an offset', () => {
    expect(utc('2016-03-05 12:00:00')).toBe('2016-03-05T12:00:00.000Z');
    expect(utc('2016-03-05T12:00:00+01:00')).toBe('2016-03-05T11:00:00.000Z');
  });

  it('reads wall-clock times in the organisation time zone', () => {
    // London is on GMT+1 (BST) on 1 July: 09:00 local is 08:00 UTC.
    expect(utc('1/7/2026 09:00', 'Europe/London')).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    const result = parseVendorTimestamp('1/7/2026 09:00', 'Europe/London');
    expect(result.ok && result.value.hadOffset).toBe(false);
  });

  it("reads Jira's month-name dates with AM/PM", () => {
    expect(utc('12/Mar/24 9:05 AM')).toBe('2024-03-12T09:05:00.000Z');
    expect(utc('12/Mar/24 12:05 AM')).toBe('2024-03-12T00:05:00.000Z');
    expect(utc('12/Mar/2024 12:05 PM')).toBe('2024-03-12T12:05:00.000Z');
    expect(utc('01/Dec/25 11:59 PM')).toBe('2025-12-01T23:59:00.000Z');
  });

  it('refuses impossible dates rather than reading them month first', () => {
    expect(utc('3/25/2024 10:00')).toMatch(/day first/);
    expect(utc('30/2/2016 10:00')).toMatch(/not a real date/);
    expect(utc('29/2/2015 10:00')).toMatch(/not a real date/);
    expect(utc('12/Foo/24 9:05 AM')).toMatch(/not a month/);
    expect(utc('12/Mar/24 13:05 PM')).toMatch(/not a real/);
    expect(utc('yesterday')).toMatch(/must be a date/);
    expect(utc('')).toMatch(/empty/);
  });
});
