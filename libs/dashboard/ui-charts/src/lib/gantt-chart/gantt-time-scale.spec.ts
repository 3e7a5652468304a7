import { calendarDay, dayAfter, ganttTimeScale } from './gantt-time-scale';

describe(calendarDay.name, () => {
  it('reads an ISO date as midnight UTC, and dayAfter as the next midnight', () => {
    expect(calendarDay('2026-03-01').toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(dayAfter('2026-02-28').toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

describe(ganttTimeScale.name, () => {
  it('runs from the first day to the end of the last, whatever the order', () => {
    // 1–10 March is ten whole days on 100 px: 10 px a day.
    const { x } = ganttTimeScale(['2026-03-10', '2026-03-01'], 100);
    expect(x(calendarDay('2026-03-01'))).toBe(0);
    expect(x(calendarDay('2026-03-06'))).toBe(50);
    expect(x(dayAfter('2026-03-10'))).toBe(100);
  });

  it('labels days under 150 days and months over, a tick per 90 px', () => {
    const short = ganttTimeScale(['2026-03-01', '2026-03-28'], 360);
    expect(short.ticks.map((tick) => tick.label)).toEqual([
      '1 Mar',
      '8 Mar',
      '15 Mar',
      '22 Mar',
      '29 Mar',
    ]);
    const long = ganttTimeScale(['2026-01-01', '2026-12-31'], 270);
    expect(long.ticks.map((tick) => tick.label)).toEqual([
      'Jan 2026',
      'Apr 2026',
      'Jul 2026',
      'Oct 2026',
      'Jan 2027',
    ]);
  });

  it('draws an empty chart from the epoch', () => {
    const { x } = ganttTimeScale([], 100);
    expect(x.domain().map((d) => d.toISOString())).toEqual([
      '1970-01-01T00:00:00.000Z',
      '1970-01-02T00:00:00.000Z',
    ]);
  });
});
