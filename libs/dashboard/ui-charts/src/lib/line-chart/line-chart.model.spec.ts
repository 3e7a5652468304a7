import {
  lineChartModel,
  type LinePoint,
  type LineSeries,
} from './line-chart.model';

const series: LineSeries[] = [
  { key: 'a', label: 'Deflection', color: '#1f5bd1' },
  { key: 'b', label: 'No-touch', color: '#b54708', shape: 'square' },
];

function weeks(values: Array<[number | null, number | null]>): LinePoint[] {
  return values.map(([a, b], i) => {
    const date = new Date(Date.UTC(2026, 0, 5 + 7 * i))
      .toISOString()
      .slice(0, 10);
    return { key: date, date, label: `Week of ${date}`, values: { a, b } };
  });
}

describe(lineChartModel.name, () => {
  it('puts rates on a 0–100 % axis and periods left to right', () => {
    const model = lineChartModel({
      points: weeks([
        [0, 0.5],
        [1, 0.25],
      ]),
      series,
      width: 600,
      grain: 'week',
    });
    expect(model.yTicks.map((t) => t.label)).toEqual([
      '0%',
      '20%',
      '40%',
      '60%',
      '80%',
      '100%',
    ]);
    const [first, second] = model.columns;
    expect(first.x).toBe(0);
    expect(second.x).toBe(model.innerWidth);
    expect(first.markers[0].y).toBe(model.innerHeight);
    expect(second.markers[0].y).toBe(0);
    expect(second.markers[1].shape).toBe('square');
  });

  it('leaves a gap where a value is null, never a drop to 0 %', () => {
    const model = lineChartModel({
      points: weeks([
        [0.5, 0.5],
        [null, 0.5],
        [0.5, 0.5],
      ]),
      series,
      width: 600,
      grain: 'week',
    });
    const [a, b] = model.paths;
    // Two separate pieces (two moveTo commands) for the series with a gap.
    expect(a.d.match(/M/g)).toHaveLength(2);
    expect(b.d.match(/M/g)).toHaveLength(1);
    expect(model.columns[1].markers.map((m) => m.seriesKey)).toEqual(['b']);
  });

  it('ticks on Mondays for weeks and thins them out when narrow', () => {
    const points = weeks(
      Array.from({ length: 26 }, () => [0.5, 0.5] as [number, number]),
    );
    const wide = lineChartModel({ points, series, width: 2000, grain: 'week' });
    expect(wide.xTicks).toHaveLength(26);
    expect(wide.xTicks[0].label).toBe('5 Jan');
    const narrow = lineChartModel({
      points,
      series,
      width: 400,
      grain: 'week',
    });
    expect(narrow.xTicks.length).toBeLessThanOrEqual(6);
    expect(narrow.xTicks[0].label).toBe('5 Jan');
    for (const tick of narrow.xTicks) {
      expect(new Date(tick.value).getUTCDay()).toBe(1);
    }
  });

  it('ticks on first days for months', () => {
    const points: LinePoint[] = ['2026-01-01', '2026-02-01', '2026-03-01'].map(
      (date) => ({ key: date, date, label: date, values: { a: 0.3, b: 0.2 } }),
    );
    const model = lineChartModel({
      points,
      series,
      width: 600,
      grain: 'month',
    });
    expect(model.xTicks.map((t) => t.label)).toEqual([
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
    ]);
    // Room for half of "Mar 2026" past the last tick.
    expect(model.margin.right).toBeGreaterThanOrEqual(28);
  });

  it('places reference lines and the band on the y scale', () => {
    const model = lineChartModel({
      points: weeks([[0.5, 0.5]]),
      series,
      width: 600,
      grain: 'week',
      plotHeight: 200,
      references: [{ key: 'bench', value: 0.75, label: 'IT benchmark 75%' }],
      band: { from: 0.4, to: 1, label: 'IT-stability floor' },
    });
    expect(model.references[0].y).toBe(50);
    expect(model.band?.y).toBe(0);
    expect(model.band?.height).toBe(120);
    // The band's label sits just above its floor.
    expect(model.band?.labelY).toBe(114);
    // A single point sits in the middle of the plot.
    expect(model.columns[0].x).toBeCloseTo(model.innerWidth / 2, 5);
  });

  it('draws nothing for no points', () => {
    const model = lineChartModel({
      points: [],
      series,
      width: 600,
      grain: 'week',
    });
    expect(model.columns).toEqual([]);
    expect(model.xTicks).toEqual([]);
    expect(model.paths.every((p) => p.d === '')).toBe(true);
  });
});
