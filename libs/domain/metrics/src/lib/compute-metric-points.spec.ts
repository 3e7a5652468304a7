import { computeMetricPoints } from './compute-metric-points';
import { RequestFact } from './request-fact';

const totals = (points: { periodStart: string; total: number }[]) =>
  points.map(({ periodStart, total }) => [periodStart, total]);

describe(computeMetricPoints.name, () => {
  it('gives every week of the range a point, empty weeks included', () => {
    // Weeks of 2, 9, 16 March; one request in the first, two in the last.
    const points = computeMetricPoints({
      requests: [
        { openedAt: '2026-03-04T10:00:00Z', resolution: 'DEFLECTED' },
        { openedAt: '2026-03-16T00:00:00Z', resolution: 'AGENT' },
        { openedAt: '2026-03-22T23:59:59Z', resolution: 'NO_TOUCH' },
      ],
      from: '2026-03-02',
      to: '2026-03-22',
      grain: 'WEEK',
    });
    expect(totals(points)).toEqual([
      ['2026-03-02', 1],
      ['2026-03-09', 0],
      ['2026-03-16', 2],
    ]);
    expect(points[1].deflectionRate).toBeNull();
    // week of 16 March: 1 of 2 deflected (NO_TOUCH counts), 1 no-touch
    expect(points[2]).toMatchObject({
      deflected: 1,
      noTouch: 1,
      deflectionRate: 0.5,
    });
  });

  it('counts a request in the week it was opened, however late it was resolved', () => {
    // Opened Friday 6 March, resolved Tuesday 17 March: 11 days = 264 h.
    const request: RequestFact = {
      openedAt: '2026-03-06T12:00:00Z',
      resolvedAt: '2026-03-17T12:00:00Z',
      resolution: 'AGENT',
      reopened: true,
    };
    const [opened, , resolvedIn] = computeMetricPoints({
      requests: [request],
      from: '2026-03-02',
      to: '2026-03-22',
      grain: 'WEEK',
    });
    expect(opened).toMatchObject({
      total: 1,
      resolved: 1,
      mttrHours: 264,
      reopened: 1,
      reopenRate: 1,
    });
    expect(resolvedIn).toMatchObject({
      total: 0,
      resolved: 0,
      mttrHours: null,
    });
  });

  it('leaves out requests opened outside the periods, even when resolved inside', () => {
    const points = computeMetricPoints({
      requests: [
        // opened Sunday 1 March (week of 23 Feb), resolved on 3 March
        {
          openedAt: '2026-03-01T22:00:00Z',
          resolvedAt: '2026-03-03T09:00:00Z',
        },
        // opened Monday 9 March, the week after the range
        { openedAt: '2026-03-09T00:00:00Z' },
      ],
      from: '2026-03-02',
      to: '2026-03-08',
      grain: 'WEEK',
    });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({
      periodStart: '2026-03-02',
      total: 0,
      resolved: 0,
    });
  });

  it('keeps periods whole: a range from a Wednesday still counts that week’s Monday', () => {
    const points = computeMetricPoints({
      requests: [{ openedAt: '2026-03-02T08:00:00Z' }],
      from: '2026-03-04',
      to: '2026-03-04',
      grain: 'WEEK',
    });
    expect(totals(points)).toEqual([['2026-03-02', 1]]);
  });

  it('sorts requests by their local date in the organisation’s time zone', () => {
    // Sunday 1 March 23:30Z is Monday 00:30 in Paris; Tuesday 31 March
    // 22:30Z is Wednesday 1 April 00:30 in Paris (CEST).
    const requests: RequestFact[] = [
      { openedAt: '2026-03-01T23:30:00Z' },
      { openedAt: '2026-03-31T22:30:00Z' },
    ];
    const range = { requests, from: '2026-02-23', to: '2026-04-05' } as const;
    const weeks = (timeZone: string) =>
      totals(computeMetricPoints({ ...range, grain: 'WEEK', timeZone })).filter(
        ([, total]) => total,
      );
    const months = (timeZone: string) =>
      totals(computeMetricPoints({ ...range, grain: 'MONTH', timeZone }));
    expect(weeks('UTC')).toEqual([
      ['2026-02-23', 1],
      ['2026-03-30', 1],
    ]);
    expect(weeks('Europe/Paris')).toEqual([
      ['2026-03-02', 1],
      ['2026-03-30', 1],
    ]);
    expect(months('UTC')).toEqual([
      ['2026-02-01', 0],
      ['2026-03-01', 2],
      ['2026-04-01', 0],
    ]);
    expect(months('Europe/Paris')).toEqual([
      ['2026-02-01', 0],
      ['2026-03-01', 1],
      ['2026-04-01', 1],
    ]);
    // west of UTC: 2 March 03:00Z is Sunday 1 March 22:00 in New York
    expect(
      totals(
        computeMetricPoints({
          requests: [{ openedAt: '2026-03-02T03:00:00Z' }],
          from: '2026-02-23',
          to: '2026-03-08',
          grain: 'WEEK',
          timeZone: 'America/New_York',
        }),
      ),
    ).toEqual([
      ['2026-02-23', 1],
      ['2026-03-02', 0],
    ]);
  });

  it('computes months: figures of January and February 2026', () => {
    // January: 3 requests, 2 resolved in 1 h and 3 h (mean 2, median rank 1
    // = 1, P90 rank 2 = 3); February: 1 request, unresolved.
    const points = computeMetricPoints({
      requests: [
        {
          openedAt: '2026-01-01T00:00:00Z',
          resolvedAt: '2026-01-01T01:00:00Z',
          slaMet: true,
        },
        {
          openedAt: '2026-01-31T21:00:00Z',
          resolvedAt: '2026-02-01T00:00:00Z',
          slaMet: false,
        },
        { openedAt: '2026-01-15T12:00:00Z', resolution: 'UNRESOLVED' },
        { openedAt: '2026-02-10T12:00:00Z', resolution: 'UNRESOLVED' },
      ],
      from: '2026-01-01',
      to: '2026-02-28',
      grain: 'MONTH',
    });
    expect(points[0]).toMatchObject({
      periodStart: '2026-01-01',
      total: 3,
      resolved: 2,
      resolutionRate: 2 / 3,
      mttrHours: 2,
      medianResolutionHours: 1,
      p90ResolutionHours: 3,
      slaAttainment: 0.5,
    });
    expect(points[1]).toMatchObject({
      periodStart: '2026-02-01',
      total: 1,
      resolved: 0,
      resolutionRate: 0,
    });
  });

  it('names the request that is invalid by its position', () => {
    expect(() =>
      computeMetricPoints({
        requests: [
          { openedAt: '2026-03-02T09:00:00Z' },
          { openedAt: 'yesterday' },
        ],
        from: '2026-03-02',
        to: '2026-03-08',
        grain: 'WEEK',
      }),
    ).toThrow(/^request 1: openedAt/);
  });

  it('refuses an unknown time zone and an inverted range', () => {
    const base = {
      requests: [],
      from: '2026-03-02',
      to: '2026-03-08',
      grain: 'WEEK',
    } as const;
    expect(() =>
      computeMetricPoints({ ...base, timeZone: 'Europe/Atlantis' }),
    ).toThrow(RangeError);
    expect(() => computeMetricPoints({ ...base, to: '2026-03-01' })).toThrow(
      RangeError,
    );
  });
});
