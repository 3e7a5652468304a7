import { computeMetricPoints } from './compute-metric-points';
import { mergeMetricSources } from './merge-metric-sources';
import { emptyMetricPoint } from './metric-point';
import { weeklyRowPoints } from './weekly-rows';

describe(mergeMetricSources.name, () => {
  // Request records from the week of 9 March on (one a week, in weeks 9
  // and 23 March); a weekly sheet for 2 and 9 March; nothing for 16 March.
  const requestLevel = computeMetricPoints({
    requests: [
      {
        openedAt: '2026-03-10T09:00:00Z',
        resolution: 'NO_TOUCH',
        resolvedAt: '2026-03-10T09:05:00Z',
      },
      { openedAt: '2026-03-24T09:00:00Z', resolution: 'AGENT' },
    ],
    from: '2026-03-02',
    to: '2026-03-29',
    grain: 'WEEK',
  });
  const weekly = weeklyRowPoints({
    rows: [
      { weekStart: '2026-03-02', total: 120, deflected: 30 },
      { weekStart: '2026-03-09', total: 110, deflected: 20 },
    ],
  });

  it('takes the request-level point where it has requests, else the sheet, else none', () => {
    const merged = mergeMetricSources({ requestLevel, weekly });
    expect(
      merged.map(({ periodStart, source, total }) => [
        periodStart,
        source,
        total,
      ]),
    ).toEqual([
      ['2026-03-02', 'WEEKLY_IMPORT', 120],
      ['2026-03-09', 'REQUESTS', 1], // both exist: the request records win
      ['2026-03-16', 'NONE', 0],
      ['2026-03-23', 'REQUESTS', 1],
    ]);
    expect(merged[2]).toEqual({
      ...emptyMetricPoint({ periodStart: '2026-03-16' }),
      source: 'NONE',
    });
    expect(merged[1].medianResolutionHours).toBeCloseTo(5 / 60, 12);
  });

  it('keeps a week the sheet reports as 0 requests as imported, not as missing', () => {
    const [point] = mergeMetricSources({
      requestLevel: [],
      weekly: weeklyRowPoints({
        rows: [{ weekStart: '2026-03-02', total: 0, deflected: 0 }],
      }),
    });
    expect(point).toMatchObject({
      source: 'WEEKLY_IMPORT',
      total: 0,
      deflectionRate: null,
    });
  });

  it('is empty when both are', () => {
    expect(mergeMetricSources({ requestLevel: [], weekly: [] })).toEqual([]);
  });

  it('refuses two points for one period', () => {
    expect(() =>
      mergeMetricSources({ requestLevel: [], weekly: [...weekly, weekly[0]] }),
    ).toThrow('weekly has two points for 2026-03-02');
  });
});
