import {
  benchmarkBarChartModel,
  valueLabelX,
  type BenchmarkBarDatum,
} from './benchmark-bar-chart.model';

const DATA: BenchmarkBarDatum[] = [
  {
    key: 'it',
    label: 'IT',
    value: 0.5,
    valueLabel: '50.0%',
    target: 0.75,
    targetLabel: '75%',
    assumed: false,
  },
  {
    key: 'legal',
    label: 'Legal',
    value: null,
    valueLabel: 'no requests',
    target: 0.3,
    targetLabel: '30% (assumed)',
    assumed: true,
  },
];

describe(benchmarkBarChartModel.name, () => {
  const model = benchmarkBarChartModel({ data: DATA, width: 600 });

  it('draws the rate on a fixed 0–100 % axis: 50 % is half the plot', () => {
    expect(model.bars[0].width).toBeCloseTo(model.innerWidth / 2);
    expect(model.ticks.map((t) => t.label)).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
    ]);
  });

  it('puts each row’s benchmark marker at its own target', () => {
    expect(model.bars[0].targetX).toBeCloseTo(model.innerWidth * 0.75);
    expect(model.bars[1].targetX).toBeCloseTo(model.innerWidth * 0.3);
  });

  it('draws no bar for a row without a rate, but keeps its row and marker', () => {
    expect(model.bars[1].width).toBe(0);
    expect(model.bars[1].assumed).toBe(true);
    expect(model.bars[1].y).toBeGreaterThan(model.bars[0].y);
  });

  it('leaves room on the right for the longest value label', () => {
    expect(model.margin.right).toBeGreaterThan(50);
    expect(model.margin.left + model.innerWidth + model.margin.right).toBe(600);
  });

  it('clamps a rate above 100 % to the end of the axis', () => {
    const over = benchmarkBarChartModel({
      data: [{ ...DATA[0], value: 1.2 }],
      width: 600,
    });
    expect(over.bars[0].width).toBeCloseTo(over.innerWidth);
  });
});

describe(valueLabelX.name, () => {
  it('puts the label 6 px after the bar when the marker is elsewhere', () => {
    // Marker inside the bar (rate above benchmark).
    expect(valueLabelX(300, 200, 40)).toBe(306);
    // Marker well past the label: 306 + 40 + 2 = 348 < 400.
    expect(valueLabelX(300, 400, 40)).toBe(306);
  });

  it('moves the label past the marker when the marker would cross it', () => {
    expect(valueLabelX(300, 320, 40)).toBe(326);
    expect(valueLabelX(0, 30, 70)).toBe(36);
  });
});
