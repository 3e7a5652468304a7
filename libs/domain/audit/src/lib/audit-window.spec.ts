import { auditWindowProblems, windowDays } from './audit-window';

describe(windowDays.name, () => {
  it.each([
    // The sample audit: 2 → 15 March is 13 days between, + 1.
    ['2026-03-02', '2026-03-15', 14],
    ['2026-03-02', '2026-03-02', 1],
    // Europe springs forward on 2026-03-29, the US on 2026-03-08: still 7.
    ['2026-03-26', '2026-04-01', 7],
    ['2026-03-05', '2026-03-11', 7],
    // Autumn: Europe falls back on 2026-10-25.
    ['2026-10-22', '2026-10-28', 7],
    // Leap day: February 2024 has 29 days, February 2026 has 28.
    ['2024-02-01', '2024-02-29', 29],
    ['2024-02-28', '2024-03-01', 3],
    ['2026-02-28', '2026-03-01', 2],
    // Samoa skipped 2011-12-30 locally; the plain date still counts.
    ['2011-12-29', '2011-12-31', 3],
    ['2025-12-29', '2026-01-04', 7],
    ['2026-01-01', '2026-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
  ])(
    '%s..%s has %d days (plain-date.time-zones.spec checks other zones)',
    (windowStart, windowEnd, expected) => {
      expect(windowDays({ windowStart, windowEnd })).toBe(expected);
    },
  );

  it('refuses an end before the start', () => {
    expect(() =>
      windowDays({ windowStart: '2026-03-15', windowEnd: '2026-03-14' }),
    ).toThrow(
      new RangeError('windowEnd 2026-03-14 is before windowStart 2026-03-15'),
    );
  });

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2026-03-01', '15/03/2026'],
    ['', '2026-03-01'],
  ])('refuses %p..%p', (windowStart, windowEnd) => {
    expect(() => windowDays({ windowStart, windowEnd })).toThrow(RangeError);
  });
});

describe(auditWindowProblems.name, () => {
  it('is empty for a valid window', () => {
    expect(
      auditWindowProblems({
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
      }),
    ).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(
      auditWindowProblems({ windowStart: '2026-02-29', windowEnd: 'soon' }),
    ).toEqual([
      {
        field: 'windowStart',
        message: '"2026-02-29" is not a date of the form YYYY-MM-DD',
      },
      {
        field: 'windowEnd',
        message: '"soon" is not a date of the form YYYY-MM-DD',
      },
    ]);
  });
});
