import {
  isGrain,
  localDate,
  MAX_METRIC_PERIODS,
  metricRangeProblems,
  periodsBetween,
  periodStart,
  periodStartOfDate,
} from './period';

describe(localDate.name, () => {
  it.each([
    // zone, instant, local date: the offsets are the zone's on that day
    ['UTC', '2026-03-01T23:30:00Z', '2026-03-01'],
    ['Europe/Paris', '2026-03-01T23:30:00Z', '2026-03-02'], // +01:00
    ['America/New_York', '2026-03-02T03:00:00Z', '2026-03-01'], // −05:00
    ['Asia/Kolkata', '2026-03-31T18:29:59Z', '2026-03-31'], // +05:30
    ['Asia/Kolkata', '2026-03-31T18:30:00Z', '2026-04-01'],
    ['Pacific/Kiritimati', '2026-03-01T10:00:00Z', '2026-03-02'], // +14:00
    ['Pacific/Pago_Pago', '2026-01-01T10:00:00Z', '2025-12-31'], // −11:00
    // Samoa moved from −10:00 to +14:00 and skipped Friday 2011-12-30.
    ['Pacific/Apia', '2011-12-30T09:59:59Z', '2011-12-29'],
    ['Pacific/Apia', '2011-12-30T10:00:00Z', '2011-12-31'],
    // Santiago leaves DST at local midnight on 2026-04-05 (−03:00 → −04:00),
    // so 03:30Z is 23:30 on the 4th, not 00:30 on the 5th.
    ['America/Santiago', '2026-04-05T03:30:00Z', '2026-04-04'],
    // An offset in the text changes nothing: it names the same instant.
    ['Europe/Paris', '2026-03-01T18:30:00-05:00', '2026-03-02'],
  ])('in %s, %s falls on %s', (timeZone, at, date) => {
    expect(localDate({ at, timeZone })).toBe(date);
  });

  it('reads UTC by default', () => {
    expect(localDate({ at: '2026-03-01T23:30:00-01:00' })).toBe('2026-03-02');
  });

  it('refuses an unknown time zone', () => {
    expect(() =>
      localDate({ at: '2026-03-01T00:00:00Z', timeZone: 'Mars/Olympus' }),
    ).toThrow(RangeError);
  });
});

describe(periodStart.name, () => {
  it.each([
    // the brief's case: Sunday night in UTC is Monday morning in Paris
    ['2026-03-01T23:30:00Z', 'UTC', '2026-02-23', '2026-03-01'],
    ['2026-03-01T23:30:00Z', 'Europe/Paris', '2026-03-02', '2026-03-01'],
    // a month end: Saturday 28 Feb in UTC, Sunday 1 March in Paris
    ['2026-02-28T23:30:00Z', 'UTC', '2026-02-23', '2026-02-01'],
    ['2026-02-28T23:30:00Z', 'Europe/Paris', '2026-02-23', '2026-03-01'],
    // west of UTC: 31 March 22:00 in New York (EDT, −04:00) is April in UTC
    ['2026-04-01T02:00:00Z', 'UTC', '2026-03-30', '2026-04-01'],
    ['2026-04-01T02:00:00Z', 'America/New_York', '2026-03-30', '2026-03-01'],
    // US spring change (8 March): after it New York is −04:00, so 04:30Z is
    // Monday 00:30; with the winter offset it would still be Sunday.
    ['2026-03-09T04:30:00Z', 'America/New_York', '2026-03-09', '2026-03-01'],
    ['2026-03-09T03:30:00Z', 'America/New_York', '2026-03-02', '2026-03-01'],
    // European spring change (29 March): 22:30Z is Monday 00:30 in Paris (+02:00)
    ['2026-03-29T22:30:00Z', 'Europe/Paris', '2026-03-30', '2026-03-01'],
    // European autumn change (25 October): 22:30Z is Sunday 23:30 (+01:00)
    ['2026-10-25T22:30:00Z', 'Europe/Paris', '2026-10-19', '2026-10-01'],
    ['2026-10-25T23:00:00Z', 'Europe/Paris', '2026-10-26', '2026-10-01'],
    // far east and far west, over a year end
    ['2025-12-31T10:00:00Z', 'Pacific/Kiritimati', '2025-12-29', '2026-01-01'],
    ['2026-01-01T10:00:00Z', 'Pacific/Pago_Pago', '2025-12-29', '2025-12-01'],
    // a leap day
    ['2024-02-29T12:00:00Z', 'UTC', '2024-02-26', '2024-02-01'],
  ])('%s in %s: week of %s, month of %s', (at, timeZone, week, month) => {
    expect(periodStart({ at, grain: 'WEEK', timeZone })).toBe(week);
    expect(periodStart({ at, grain: 'MONTH', timeZone })).toBe(month);
  });

  it('takes a Date', () => {
    expect(
      periodStart({ at: new Date('2026-03-08T12:00:00Z'), grain: 'WEEK' }),
    ).toBe('2026-03-02');
  });
});

describe(periodStartOfDate.name, () => {
  it.each([
    ['2026-03-08', 'WEEK', '2026-03-02'],
    ['2026-03-09', 'WEEK', '2026-03-09'],
    ['2026-03-31', 'MONTH', '2026-03-01'],
  ] as const)('%s in %s → %s', (date, grain, start) => {
    expect(periodStartOfDate({ date, grain })).toBe(start);
  });
});

describe(periodsBetween.name, () => {
  it.each([
    // a Wednesday to a Monday: the weeks containing both ends are whole
    [
      '2026-03-04',
      '2026-03-16',
      'WEEK',
      ['2026-03-02', '2026-03-09', '2026-03-16'],
    ],
    ['2026-03-02', '2026-03-08', 'WEEK', ['2026-03-02']],
    ['2026-03-08', '2026-03-08', 'WEEK', ['2026-03-02']],
    // the week of the European spring change has 7 days like any other
    ['2026-03-23', '2026-04-05', 'WEEK', ['2026-03-23', '2026-03-30']],
    [
      '2026-01-31',
      '2026-03-01',
      'MONTH',
      ['2026-01-01', '2026-02-01', '2026-03-01'],
    ],
    ['2025-12-15', '2026-01-15', 'MONTH', ['2025-12-01', '2026-01-01']],
    ['2026-02-01', '2026-02-28', 'MONTH', ['2026-02-01']],
  ] as const)('%s..%s by %s', (from, to, grain, starts) => {
    expect(periodsBetween({ from, to, grain })).toEqual(starts);
  });

  it('has 26 weeks in the first half of 2026 (from Monday 5 January)', () => {
    const weeks = periodsBetween({
      from: '2026-01-05',
      to: '2026-07-05',
      grain: 'WEEK',
    });
    expect(weeks).toHaveLength(26);
    expect(weeks.at(-1)).toBe('2026-06-29');
  });

  it('refuses an end before the start', () => {
    expect(() =>
      periodsBetween({ from: '2026-03-02', to: '2026-03-01', grain: 'WEEK' }),
    ).toThrow('to 2026-03-01 is before from 2026-03-02');
  });
});

describe(metricRangeProblems.name, () => {
  it('has none for a valid range', () => {
    expect(
      metricRangeProblems({
        from: '2026-01-05',
        to: '2026-07-05',
        grain: 'WEEK',
      }),
    ).toEqual([]);
  });

  it.each([
    [
      { from: '2026-02-30', to: '2026-03-01', grain: 'WEEK' },
      [['from', /^from must be a date/]],
    ],
    [
      { from: '2026-03-02', to: '2026-03-01', grain: 'MONTH' },
      [['to', /is before from/]],
    ],
    [
      { from: '2026-03-02', to: '2026-03-09', grain: 'DAY' },
      [['grain', /grain must be WEEK or MONTH/]],
    ],
    [
      { from: '2000-01-01', to: '2026-01-01', grain: 'WEEK' },
      [['to', /holds 1358 periods; at most 600/]],
    ],
  ] as const)('%p', (range, expected) => {
    const problems = metricRangeProblems(range);
    expect(problems).toHaveLength(expected.length);
    expected.forEach(([field, message], index) => {
      expect(problems[index]?.field).toBe(field);
      expect(problems[index]?.message).toMatch(message);
    });
  });

  it.each([
    // 600 weeks from Monday 2026-01-05 end on Sunday 2037-07-05 (4 193 days).
    ['2037-07-05', 'WEEK', 0],
    ['2037-07-06', 'WEEK', 1],
    // 600 months: January 2026 to December 2075
    ['2075-12-31', 'MONTH', 0],
    ['2076-01-01', 'MONTH', 1],
  ])(
    'allows exactly MAX_METRIC_PERIODS periods (to %s by %s)',
    (to, grain, problems) => {
      expect(MAX_METRIC_PERIODS).toBe(600);
      expect(
        metricRangeProblems({ from: '2026-01-05', to, grain }),
      ).toHaveLength(problems);
    },
  );
});

describe(isGrain.name, () => {
  it.each([
    ['WEEK', true],
    ['MONTH', true],
    ['week', false],
    [undefined, false],
  ])('%p → %p', (value, expected) => {
    expect(isGrain(value)).toBe(expected);
  });
});
