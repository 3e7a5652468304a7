import {
  periodScale,
  periodStart,
  periodTickFormat,
  periodTicks,
  timeTicks,
} from './line-time-scale';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe(periodStart.name, () => {
  it('reads the calendar day as midnight UTC, whatever follows it', () => {
    expect(periodStart('2026-03-02T18:30:00+05:00').toISOString()).toBe(
      '2026-03-02T00:00:00.000Z',
    );
  });
});

describe(periodTickFormat.name, () => {
  it('writes a week by its day, a month by its year', () => {
    expect(periodTickFormat('week')(day('2026-03-02'))).toBe('2 Mar');
    expect(periodTickFormat('month')(day('2026-03-01'))).toBe('Mar 2026');
  });
});

describe(timeTicks.name, () => {
  it('keeps every nth Monday so that one fits per 64 px', () => {
    // 13 Mondays, 5 fit in 320 px: every third.
    const ticks = timeTicks(day('2026-01-05'), day('2026-03-30'), 'week', 320);
    expect(ticks.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2026-01-05',
      '2026-01-26',
      '2026-02-16',
      '2026-03-09',
      '2026-03-30',
    ]);
  });
});

describe(periodScale.name, () => {
  it('runs from the first period to the last', () => {
    const x = periodScale(day('2026-01-05'), day('2026-01-19'), 140);
    expect(x(day('2026-01-12'))).toBe(70);
  });

  it('puts a single period in the middle', () => {
    const x = periodScale(day('2026-03-02'), day('2026-03-02'), 200);
    expect(x(day('2026-03-02'))).toBe(100);
  });
});

describe(periodTicks.name, () => {
  it('places and labels the ticks on the scale', () => {
    const x = periodScale(day('2026-01-05'), day('2026-01-19'), 140);
    expect(
      periodTicks(x, day('2026-01-05'), day('2026-01-19'), 'week', 140),
    ).toEqual([
      { value: day('2026-01-05').getTime(), offset: 0, label: '5 Jan' },
      { value: day('2026-01-19').getTime(), offset: 140, label: '19 Jan' },
    ]);
  });
});
