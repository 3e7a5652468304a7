import { histogramChartModel } from './histogram-chart.model';

describe(histogramChartModel.name, () => {
  it('spans the bins on x, counts on y, and places the markers on the value axis', () => {
    // Bins 0–10, 10–20; inner width 200 (width 284 − margins 64 + 20, room for the axis titles): 10 px per unit.
    const model = histogramChartModel({
      bins: [
        { from: 0, to: 10, count: 5 },
        { from: 10, to: 20, count: 10 },
      ],
      markers: [{ label: 'P50', value: 12 }],
      width: 284,
    });
    expect(model.bars[0]).toMatchObject({ x: 0.5, width: 99, count: 5 });
    expect(model.bars[1].height).toBe(model.innerHeight);
    expect(model.bars[0].height).toBe(model.innerHeight / 2);
    expect(model.markers).toEqual([
      { label: 'P50', x: 120, valueLabel: '12', level: 0 },
    ]);
  });

  it('draws a single-value histogram as one centred bar', () => {
    const model = histogramChartModel({
      bins: [{ from: 5, to: 5, count: 3 }],
      markers: [],
      width: 264,
    });
    expect(model.bars).toHaveLength(1);
    expect(model.bars[0].x + model.bars[0].width / 2).toBeCloseTo(
      model.innerWidth / 2,
      0,
    );
  });

  it('labels fewer ticks when money would not fit between them', () => {
    const bins = [{ from: 2_000_000, to: 6_000_000, count: 10 }];
    const money = (value: number) =>
      `£${new Intl.NumberFormat('en-GB').format(value)}`;
    const wide = histogramChartModel({
      bins,
      markers: [],
      width: 900,
      formatValue: money,
    });
    const phone = histogramChartModel({
      bins,
      markers: [],
      width: 300,
      formatValue: money,
    });
    expect(wide.xTicks.length).toBeGreaterThan(phone.xTicks.length);
    // Each label is ~70 px wide: on a phone their centres are at least 78 px apart.
    phone.xTicks
      .slice(1)
      .forEach((tick, i) =>
        expect(tick.offset - phone.xTicks[i].offset).toBeGreaterThanOrEqual(78),
      );
  });

  it('raises a marker label that would touch the one before it', () => {
    // 0..20 over 200 px: P10 at 70 px, P50 at 90 px (20 px apart, closer than a label), P90 at 150 px.
    const model = histogramChartModel({
      bins: [{ from: 0, to: 20, count: 1 }],
      markers: [
        { label: 'P10', value: 7 },
        { label: 'P50', value: 9 },
        { label: 'P90', value: 15 },
      ],
      width: 284,
    });
    expect(model.markers.map((m) => [m.label, m.level])).toEqual([
      ['P10', 0],
      ['P50', 1],
      ['P90', 0],
    ]);
  });
});
