import { emptyMetricPoint, metricPoint, ratio } from './metric-point';
import { RequestFact } from './request-fact';

// Six requests opened in the week of Monday 2026-03-02, worked by hand:
//
//  # opened (Z)      resolved (Z)     hours resolution  sla    reopened
//  1 03-02 09:00     03-02 11:00        2   NO_TOUCH    true   false
//  2 03-02 10:00     03-02 14:00        4   DEFLECTED   true   true
//  3 03-03 08:00     03-04 08:00       24   AGENT       false  false
//  4 03-04 12:00     03-04 13:00        1   AGENT       –      –
//  5 03-05 09:00     –                  –   UNRESOLVED  false  true  (unresolved: not a reopen)
//  6 03-06 09:00     –                  –   –           –      –
//
//  total 6; deflected 2 (#1 #2) → 2/6 = 0.333…; noTouch 1 (#1) → 1/6
//  resolved 4 (#1–#4, resolvedAt present) → 4/6 = 0.666…
//  mttr (2 + 4 + 24 + 1) / 4 = 31 / 4 = 7.75 h
//  sorted 1, 2, 4, 24: median rank ceil(4 × 0.5) = 2 → 2 h; P90 rank ceil(3.6) = 4 → 24 h
//  slaTracked 4 (#1 #2 #3 #5), slaMet 2 (#1 #2) → 0.5
//  reopened among resolved 1 (#2; #5 is not resolved) → 1 / 4 = 0.25
const WEEK_OF_MARCH_2: RequestFact[] = [
  {
    openedAt: '2026-03-02T09:00:00Z',
    resolvedAt: '2026-03-02T11:00:00Z',
    resolution: 'NO_TOUCH',
    slaMet: true,
    reopened: false,
  },
  {
    openedAt: '2026-03-02T10:00:00Z',
    resolvedAt: '2026-03-02T14:00:00Z',
    resolution: 'DEFLECTED',
    slaMet: true,
    reopened: true,
  },
  {
    openedAt: '2026-03-03T08:00:00Z',
    resolvedAt: '2026-03-04T08:00:00Z',
    resolution: 'AGENT',
    slaMet: false,
    reopened: false,
  },
  {
    openedAt: '2026-03-04T12:00:00Z',
    resolvedAt: '2026-03-04T13:00:00Z',
    resolution: 'AGENT',
    slaMet: null,
    reopened: null,
  },
  {
    openedAt: '2026-03-05T09:00:00Z',
    resolvedAt: null,
    resolution: 'UNRESOLVED',
    slaMet: false,
    reopened: true,
  },
  { openedAt: '2026-03-06T09:00:00Z' },
];

describe(metricPoint.name, () => {
  it('computes every figure of the hand-worked week', () => {
    const point = metricPoint({
      periodStart: '2026-03-02',
      requests: WEEK_OF_MARCH_2,
    });
    expect(point).toEqual({
      periodStart: '2026-03-02',
      total: 6,
      deflected: 2,
      noTouch: 1,
      resolved: 4,
      deflectionRate: 2 / 6,
      noTouchRate: 1 / 6,
      resolutionRate: 4 / 6,
      mttrHours: 7.75,
      medianResolutionHours: 2,
      p90ResolutionHours: 24,
      slaMet: 2,
      slaTracked: 4,
      slaAttainment: 0.5,
      reopened: 1,
      reopenRate: 0.25,
    });
  });

  it('gives null rates, never 0 or NaN, for a period without requests', () => {
    expect(metricPoint({ periodStart: '2026-03-09', requests: [] })).toEqual({
      periodStart: '2026-03-09',
      total: 0,
      deflected: 0,
      noTouch: 0,
      resolved: 0,
      deflectionRate: null,
      noTouchRate: null,
      resolutionRate: null,
      mttrHours: null,
      medianResolutionHours: null,
      p90ResolutionHours: null,
      slaMet: 0,
      slaTracked: 0,
      slaAttainment: null,
      reopened: 0,
      reopenRate: null,
    });
  });

  it('keeps each rate with a zero denominator null while the others have values', () => {
    // Two requests, neither resolved nor SLA-tracked; one reopened (ignored).
    const point = metricPoint({
      periodStart: '2026-03-02',
      requests: [
        {
          openedAt: '2026-03-02T09:00:00Z',
          resolution: 'DEFLECTED',
          reopened: true,
        },
        { openedAt: '2026-03-03T09:00:00Z', resolution: 'UNRESOLVED' },
      ],
    });
    expect(point).toMatchObject({
      total: 2,
      deflected: 1,
      deflectionRate: 0.5,
      resolved: 0,
      resolutionRate: 0,
      mttrHours: null,
      medianResolutionHours: null,
      reopened: 0,
      reopenRate: null,
      slaTracked: 0,
      slaAttainment: null,
    });
  });

  it('measures hours to the millisecond, across offsets and a DST change', () => {
    // 09:00 Paris (+01:00) on 28 March to 09:00 Paris (+02:00) on 29 March
    // is 23 hours, not 24; and 90 minutes is 1.5 h.
    const point = metricPoint({
      periodStart: '2026-03-23',
      requests: [
        {
          openedAt: '2026-03-28T09:00:00+01:00',
          resolvedAt: '2026-03-29T09:00:00+02:00',
        },
        {
          openedAt: '2026-03-28T10:00:00Z',
          resolvedAt: '2026-03-28T11:30:00Z',
        },
      ],
    });
    // mean (23 + 1.5) / 2 = 12.25; median rank 1 = 1.5; P90 rank 2 = 23
    expect(point).toMatchObject({
      mttrHours: 12.25,
      medianResolutionHours: 1.5,
      p90ResolutionHours: 23,
    });
  });

  it('counts a resolution the same instant as the opening as 0 hours', () => {
    const at = '2026-03-02T09:00:00Z';
    const point = metricPoint({
      periodStart: '2026-03-02',
      requests: [{ openedAt: at, resolvedAt: at }],
    });
    expect(point).toMatchObject({
      resolved: 1,
      mttrHours: 0,
      p90ResolutionHours: 0,
    });
  });

  it.each([
    [
      { openedAt: '2026-03-02T09:00:00' },
      /request 0: openedAt must be an ISO-8601 timestamp with an offset/,
    ],
    [
      { openedAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T08:59:59Z' },
      /request 0: resolvedAt is before openedAt/,
    ],
    [
      { openedAt: '2026-03-02T09:00:00Z', resolution: 'SOLVED' },
      /request 0: unknown resolution "SOLVED"/,
    ],
  ])('refuses %p', (request, message) => {
    expect(() =>
      metricPoint({
        periodStart: '2026-03-02',
        requests: [request as RequestFact],
      }),
    ).toThrow(message);
  });

  it('refuses a periodStart that is not a plain date', () => {
    expect(() =>
      metricPoint({ periodStart: '2026-W10', requests: [] }),
    ).toThrow(RangeError);
  });
});

describe(emptyMetricPoint.name, () => {
  it('is the point of a period without requests', () => {
    expect(emptyMetricPoint({ periodStart: '2026-03-09' })).toEqual(
      metricPoint({ periodStart: '2026-03-09', requests: [] }),
    );
  });
});

describe(ratio.name, () => {
  it.each([
    [1, 4, 0.25],
    [0, 4, 0],
    [0, 0, null],
    [3, 0, null],
    [null, 4, null],
    [1, null, null],
  ])('%p / %p = %p', (part, whole, expected) => {
    expect(ratio({ part, whole })).toBe(expected);
  });
});
