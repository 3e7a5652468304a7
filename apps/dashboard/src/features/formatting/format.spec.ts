import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateRange,
  formatShortDateRange,
  formatDateTime,
  formatDecimal,
  formatHours,
  formatMinutes,
  formatPercent,
  NO_VALUE,
} from './format';

describe(formatCount.name, () => {
  it.each([
    [1261, '1,261'],
    [2743.9, '2,744'],
    [0, '0'],
  ])('formats %p as %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe(formatPercent.name, () => {
  it.each([
    [0.6082, '60.8%'],
    [0.0004, '0.0%'],
    [1, '100.0%'],
    [null, NO_VALUE],
  ])('formats %p as %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });
});

describe(formatDecimal.name, () => {
  it('keeps one decimal', () => {
    expect(formatDecimal(1234.56)).toBe('1,234.6');
    expect(formatDecimal(undefined)).toBe(NO_VALUE);
  });
});

describe(formatDate.name, () => {
  it('writes a plain date the British way, whatever the time zone', () => {
    expect(formatDate('2026-03-02')).toBe('2 Mar 2026');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
  });
});

describe(formatDateRange.name, () => {
  it.each([
    ['2026-03-02', '2026-03-15', '2 – 15 March 2026'],
    ['2026-02-23', '2026-03-08', '23 February – 8 March 2026'],
    ['2025-12-29', '2026-01-11', '29 December 2025 – 11 January 2026'],
    ['2026-03-02', '2026-03-02', '2 March 2026'],
  ])('writes %s to %s as %j', (start, end, expected) => {
    expect(formatDateRange(start, end)).toBe(expected);
  });
});

describe(formatShortDateRange.name, () => {
  it.each([
    ['2026-10-31', '2026-11-29', '31 Oct – 29 Nov 2026'],
    ['2026-12-02', '2027-01-01', '2 Dec 2026 – 1 Jan 2027'],
    ['2026-03-01', '2026-03-31', '1 – 31 Mar 2026'],
  ])('writes %s to %s as %j', (start, end, expected) => {
    expect(formatShortDateRange(start, end)).toBe(expected);
  });
});

describe(formatDateTime.name, () => {
  it('shows day, month, year and time', () => {
    expect(formatDateTime('2026-03-16T09:05:00Z')).toMatch(
      /^1[67] Mar 2026, \d\d:\d5$/,
    );
  });
});

describe(formatMinutes.name, () => {
  it('adds the unit', () => {
    expect(formatMinutes(24.46)).toBe('24.5 min');
    expect(formatMinutes(null)).toBe(NO_VALUE);
  });
});

describe(formatHours.name, () => {
  it('adds the unit', () => {
    expect(formatHours(3.25)).toBe('3.3 h');
    expect(formatHours(null)).toBe(NO_VALUE);
  });
});

describe(formatBytes.name, () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1,023 bytes'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [3 * 1024 ** 4, '3,072.0 GB'],
  ])('formats %p as %s', (value, expected) => {
    expect(formatBytes(value)).toBe(expected);
  });
});
