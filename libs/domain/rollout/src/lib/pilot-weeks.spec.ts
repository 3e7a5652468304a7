import { pilotWeeksWithMetrics } from './pilot-weeks';

describe(pilotWeeksWithMetrics.name, () => {
  const weeks = [
    { weekStart: '2026-03-23', total: 80 }, // before the pilot
    { weekStart: '2026-03-30', total: 90 }, // starts Monday 03-30 = pilot start: counts
    { weekStart: '2026-04-06', total: 0 }, // no requests
    { weekStart: '2026-04-13', total: 70 }, // ends Sunday 04-19
    { weekStart: '2026-04-20', total: 10 }, // still running on asOf
  ];

  it('counts complete weeks with requests from the pilot start', () => {
    // asOf Monday 04-20: the week of 04-13 ended Sunday 04-19 < 04-20 → counted; 04-20 is not complete.
    expect(
      pilotWeeksWithMetrics({
        pilotStart: '2026-03-30',
        asOf: '2026-04-20',
        weeks,
      }),
    ).toBe(2);
  });

  it('does not count the week the pilot started in when it started mid-week', () => {
    // Pilot from Wednesday 04-01: the week of 03-30 began before it.
    expect(
      pilotWeeksWithMetrics({
        pilotStart: '2026-04-01',
        asOf: '2026-04-20',
        weeks,
      }),
    ).toBe(1);
  });

  it('does not count a week that ends on asOf', () => {
    // asOf Sunday 04-19: the week of 04-13 ends that day, so it is not complete yet.
    expect(
      pilotWeeksWithMetrics({
        pilotStart: '2026-03-30',
        asOf: '2026-04-19',
        weeks,
      }),
    ).toBe(1);
  });

  it('handles a pilot across a leap day', () => {
    // Pilot from Monday 2028-02-28; weeks of 02-28 (ends Sunday 03-05) and 03-06 (ends 03-12).
    const leap = [
      { weekStart: '2028-02-28', total: 5 },
      { weekStart: '2028-03-06', total: 5 },
    ];
    expect(
      pilotWeeksWithMetrics({
        pilotStart: '2028-02-28',
        asOf: '2028-03-13',
        weeks: leap,
      }),
    ).toBe(2);
    expect(
      pilotWeeksWithMetrics({
        pilotStart: '2028-02-28',
        asOf: '2028-03-12',
        weeks: leap,
      }),
    ).toBe(1);
  });
});
