import { itStableFrom } from './it-stable-from';

// Weeks from Monday `first`, each with the given deflected count out of 100.
function weeks(
  first: string,
  deflected: number[],
): { weekStart: string; total: number; deflected: number }[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return deflected.map((value, index) => ({
    weekStart: new Date(start + index * 7 * 86_400_000)
      .toISOString()
      .slice(0, 10),
    total: 100,
    deflected: value,
  }));
}

describe(itStableFrom.name, () => {
  it('is asOf itself when IT is stable', () => {
    // Weeks of 2026-03-02 … 2026-04-06 at 0.45: mean 0.45, sd 0 on Monday 2026-04-13.
    expect(
      itStableFrom({
        asOf: '2026-04-13',
        weeks: weeks('2026-03-02', [45, 45, 45, 45, 45, 45]),
      }),
    ).toEqual({
      date: '2026-04-13',
      projected: false,
      note: null,
    });
  });

  it('projects the last complete week forward, Monday by Monday', () => {
    // asOf Wednesday 2026-04-15; window before it: weeks of 03-02 … 04-06.
    // Rates 0.20 0.45 0.45 0.45 0.45 0.45: mean 0.408, sd 0.093 → not stable.
    // Monday 04-20 (week of 04-13 = 0.45 repeated): window 03-09 … 04-13 all 0.45 → stable.
    const result = itStableFrom({
      asOf: '2026-04-15',
      weeks: weeks('2026-03-02', [20, 45, 45, 45, 45, 45]),
    });
    expect(result).toMatchObject({ date: '2026-04-20', projected: true });
    expect(result.note).toContain('repeats the week of 2026-04-06');
  });

  it('needs more Mondays when more old weeks must roll out of the window', () => {
    // Rates 0.20 0.20 0.20 0.45 0.45 0.45 before Monday 2026-04-13.
    // +1 week (04-20): 0.20 0.20 0.45×4 → mean 0.367 < 0.40; +2 (04-27): 0.20 0.45×5 → sd 0.093;
    // +3 (05-04): all 0.45 → stable.
    expect(
      itStableFrom({
        asOf: '2026-04-13',
        weeks: weeks('2026-03-02', [20, 20, 20, 45, 45, 45]),
      }).date,
    ).toBe('2026-05-04');
  });

  it('falls back to six weeks ahead when the last week itself fails', () => {
    // Last week 0.30 < 0.40: repeating it never reaches the mean; Monday of 2026-04-13 + 42 days = 2026-05-25.
    const result = itStableFrom({
      asOf: '2026-04-13',
      weeks: weeks('2026-03-02', [45, 45, 45, 45, 45, 30]),
    });
    expect(result).toMatchObject({ date: '2026-05-25', projected: true });
    expect(result.note).toContain('six complete weeks');
  });

  it('falls back to six weeks ahead without any IT data, across a month end', () => {
    // Sunday 2026-05-31 belongs to the week of Monday 05-25; + 42 days = Monday 2026-07-06.
    expect(itStableFrom({ asOf: '2026-05-31', weeks: [] }).date).toBe(
      '2026-07-06',
    );
  });

  it('ignores a partial current week in the data when projecting', () => {
    // The week of 04-13 holds 10 requests so far (asOf Wednesday); the projection replaces it.
    const data = [
      ...weeks('2026-03-09', [45, 45, 45, 45]),
      { weekStart: '2026-04-06', total: 100, deflected: 10 },
      { weekStart: '2026-04-13', total: 10, deflected: 1 },
    ];
    // Window before 04-15: 03-02 (missing) … 04-06 → not stable; projection repeats 04-06 (0.10) → fallback.
    expect(itStableFrom({ asOf: '2026-04-15', weeks: data }).date).toBe(
      '2026-05-25',
    );
  });
});
