import {
  latestWithData,
  metricLinePoints,
  metricTiles,
  stabilityBand,
  type MetricPointFields,
} from './metrics-series';

function point(overrides: Partial<MetricPointFields>): MetricPointFields {
  return {
    periodStart: '2026-03-02',
    source: 'REQUESTS',
    total: 262,
    deflected: 176,
    noTouch: 90,
    resolved: 250,
    deflectionRate: 0.6718,
    noTouchRate: 0.3435,
    resolutionRate: 0.9542,
    mttrHours: 5.25,
    medianResolutionHours: 3.1,
    p90ResolutionHours: 12,
    slaMet: 200,
    slaTracked: 220,
    slaAttainment: 0.9091,
    reopened: 5,
    reopenRate: 0.02,
    ...overrides,
  };
}

const empty = point({
  periodStart: '2026-03-09',
  source: 'NONE',
  total: 0,
  deflected: 0,
  deflectionRate: null,
  noTouchRate: null,
  resolutionRate: null,
});

describe(metricLinePoints.name, () => {
  it('keeps the API’s rates and leaves null for periods without data', () => {
    const [first, second] = metricLinePoints(
      [point({}), empty],
      'WEEK',
      'ticket',
    );
    expect(first.values).toEqual({
      deflection: 0.6718,
      noTouch: 0.3435,
      resolution: 0.9542,
    });
    expect(first.label).toBe('Week of 2 Mar 2026');
    expect(first.details).toEqual([
      { label: 'Tickets', value: '262' },
      { label: 'Source', value: 'Request records' },
    ]);
    expect(second.values).toEqual({
      deflection: null,
      noTouch: null,
      resolution: null,
    });
  });
});

describe(latestWithData.name, () => {
  it('skips trailing periods without data', () => {
    expect(latestWithData([point({}), empty])?.periodStart).toBe('2026-03-02');
    expect(latestWithData([empty])).toBeNull();
  });
});

describe(metricTiles.name, () => {
  it('shows the figures with their counts', () => {
    const tiles = metricTiles(point({}));
    expect(tiles.map((t) => [t.key, t.value, t.hint])).toEqual([
      ['mttr', '5.3 h', 'Opened to resolved'],
      ['median', '3.1 h', undefined],
      ['p90', '12.0 h', undefined],
      ['sla', '90.9%', '200 of 220 with an SLA verdict'],
      ['reopen', '2.0%', '5 of 250 resolved'],
    ]);
  });

  it('says why weekly imports have no median or P90', () => {
    const tiles = metricTiles(
      point({
        source: 'WEEKLY_IMPORT',
        medianResolutionHours: null,
        p90ResolutionHours: null,
      }),
    );
    expect(tiles[1]).toMatchObject({
      value: '—',
      hint: 'Needs request records',
    });
  });
});

describe(stabilityBand.name, () => {
  it('is shaded from the organisation’s floor to 100 % for IT', () => {
    expect(stabilityBand('IT', 0.4)).toEqual({
      from: 0.4,
      to: 1,
      label: 'IT-stability floor',
    });
    expect(stabilityBand('IT', 0.55)).toEqual({
      from: 0.55,
      to: 1,
      label: 'IT-stability floor',
    });
  });

  it('is not drawn for other departments, whatever the floor', () => {
    expect(stabilityBand('HR', 0.4)).toBeNull();
  });
});
