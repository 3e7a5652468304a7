import {
  ASSUMPTION_SOURCE_LABELS,
  BENCHMARK_POSITION_LABELS,
  DEPARTMENT_KIND_LABELS,
  labelOf,
  formatBytes,
  formatCount,
  formatDate,
  formatDateRange,
  formatShortDateRange,
  formatDateTime,
  formatDayOf,
  formatDecimal,
  formatHours,
  formatMinutes,
  formatPercent,
  formatCountOf,
  formatMoney,
  formatMoneyCompact,
  formatMonths,
  formatPayback,
  NO_VALUE,
  pluralWord,
} from '../index';

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

  it('shows the time in the time zone given', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Berlin (UTC+1 in winter)
    // and 18:30 on 1 March in New York (UTC-5).
    expect(formatDateTime('2026-03-01T23:30:00Z', 'Europe/Berlin')).toBe(
      '2 Mar 2026, 00:30',
    );
    expect(formatDateTime('2026-03-01T23:30:00Z', 'America/New_York')).toBe(
      '1 Mar 2026, 18:30',
    );
  });
});

describe(formatDayOf.name, () => {
  it('names the day of the instant in the time zone, not in UTC', () => {
    // Worked by hand: 2026-03-01T23:30Z + 1 h (CET) = 2 March 00:30 in Berlin;
    // 2026-07-01T22:30Z + 2 h (CEST) = 2 July 00:30; UTC keeps 1 March.
    expect(formatDayOf('2026-03-01T23:30:00Z', 'Europe/Berlin')).toBe(
      '2 Mar 2026',
    );
    expect(formatDayOf('2026-07-01T22:30:00Z', 'Europe/Berlin')).toBe(
      '2 Jul 2026',
    );
    expect(formatDayOf('2026-03-01T23:30:00Z', 'UTC')).toBe('1 Mar 2026');
    // 2026-03-02T03:00Z − 5 h (EST) = 1 March 22:00 in New York.
    expect(formatDayOf('2026-03-02T03:00:00Z', 'America/New_York')).toBe(
      '1 Mar 2026',
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

describe(formatMoney.name, () => {
  it('writes money as the dashboard always has: currency symbol, whole units, a plain minus', () => {
    expect(formatMoney(1_968_520.64, 'GBP')).toBe('£1,968,521');
    expect(formatMoney(-210_000, 'GBP')).toBe('-£210,000');
    expect(formatMoney(-135_000, 'USD')).toBe('-US$135,000');
    expect(formatMoney(null, 'GBP')).toBe(NO_VALUE);
  });

  it('keeps the code of a currency Intl does not know', () => {
    expect(formatMoney(1234.5, 'XQQ')).toMatch(/^XQQ\s?1,23[45]$/);
  });
});

describe(formatMoneyCompact.name, () => {
  it.each([
    [3_500_000, '£3.5m'],
    [-200_000, '-£200k'],
    [0, '£0'],
    [950, '£950'],
  ])('shortens %p to %s for an axis', (value, expected) => {
    expect(formatMoneyCompact(value, 'GBP')).toBe(expected);
  });
});

describe(formatMonths.name, () => {
  it.each([
    [7.928, '7.9 months'],
    [1, '1.0 months'],
    [null, NO_VALUE],
  ])('writes %p as %s', (value, expected) => {
    expect(formatMonths(value)).toBe(expected);
  });

  it('says when a case does not pay back', () => {
    expect(formatPayback(null)).toBe('not within the horizon');
    expect(formatPayback(14)).toBe('14.0 months');
  });
});

describe(formatCountOf.name, () => {
  it.each([
    [0, '0 saved versions'],
    [1, '1 saved version'],
    [2, '2 saved versions'],
    [1261, '1,261 saved versions'],
  ])('writes %p with the right plural: %s', (count, expected) => {
    expect(formatCountOf(count, 'saved version', 'saved versions')).toBe(
      expected,
    );
  });

  it('picks the word alone too', () => {
    expect(pluralWord(1, 'month', 'months')).toBe('month');
    expect(pluralWord(3, 'month', 'months')).toBe('months');
  });
});

describe(labelOf.name, () => {
  it('gives the dictionary’s words for a code', () => {
    expect(labelOf(DEPARTMENT_KIND_LABELS, 'FINANCE')).toBe('Finance');
    expect(labelOf(BENCHMARK_POSITION_LABELS, 'FASTER')).toBe('faster');
    expect(labelOf(ASSUMPTION_SOURCE_LABELS, 'ENTERED')).toBe('Entered');
  });

  it('never shows an unknown code in capitals', () => {
    expect(labelOf(DEPARTMENT_KIND_LABELS, 'CUSTOMER_SERVICE')).toBe(
      'Customer service',
    );
  });
});
