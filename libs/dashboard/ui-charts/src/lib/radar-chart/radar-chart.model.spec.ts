import { radarChartModel } from './radar-chart.model';

const AXES = ['A', 'B', 'C', 'D'].map((key) => ({ key, label: `Axis ${key}` }));

describe(radarChartModel.name, () => {
  const model = radarChartModel({
    axes: AXES,
    series: [
      {
        key: 'now',
        label: 'Now',
        color: '#000',
        values: { A: 5, B: 2.5, C: null, D: 7 },
      },
    ],
    width: 400,
    maxValue: 5,
  });

  it('draws a ring per whole value and a spoke per axis, clockwise from the top', () => {
    expect(model.rings.map((ring) => ring.value)).toEqual([1, 2, 3, 4, 5]);
    const [top, right, bottom, left] = model.spokes;
    expect(top.x).toBeCloseTo(model.cx, 6);
    expect(top.y).toBeCloseTo(model.cy - model.radius, 6);
    expect(right.x).toBeCloseTo(model.cx + model.radius, 6);
    expect(bottom.y).toBeCloseTo(model.cy + model.radius, 6);
    expect(left.anchor).toBe('end');
    expect(right.anchor).toBe('start');
    expect(top.anchor).toBe('middle');
  });

  it('places values on their spoke: the rim for the maximum, half way for half, the centre for null, clamped above', () => {
    const [a, b, c, d] = model.polygons[0].points;
    expect(a.y).toBeCloseTo(model.cy - model.radius, 6);
    expect(b.x).toBeCloseTo(model.cx + model.radius / 2, 6);
    expect([c.x, c.y, c.value]).toEqual([model.cx, model.cy, null]);
    expect(d.x).toBeCloseTo(model.cx - model.radius, 6);
    expect(model.polygons[0].d.startsWith('M')).toBe(true);
    expect(model.polygons[0].d.endsWith('Z')).toBe(true);
  });

  it('keeps a minimum radius in a narrow container', () => {
    expect(
      radarChartModel({ axes: AXES, series: [], width: 60, maxValue: 5 })
        .radius,
    ).toBe(40);
  });
});

describe('radar labels on a phone', () => {
  const dimensions = [
    'Governance',
    'Service ownership',
    'Process',
    'People and change',
    'Measurement',
    'Automation',
  ].map((label, i) => ({ key: String(i), label }));

  it('writes every label whole at 1280 px, on one line', () => {
    const wide = radarChartModel({
      axes: dimensions,
      series: [],
      width: 560,
      maxValue: 5,
    });
    expect(wide.spokes.map((spoke) => spoke.lines)).toEqual(
      dimensions.map((d) => [d.label]),
    );
  });

  it('wraps a long side label onto two lines instead of cutting it', () => {
    // 300 px: "Service ownership" (≈ 119 px) is more than 28 % of the width; on two lines "ownership" (63 px) sets the room.
    const phone = radarChartModel({
      axes: dimensions,
      series: [],
      width: 300,
      maxValue: 5,
    });
    expect(phone.spokes[1].lines).toEqual(['Service', 'ownership']);
    expect(
      phone.spokes.every((spoke) => !spoke.displayLabel.includes('…')),
    ).toBe(true);
    // The labels stay inside the chart: the radius leaves the side room on both sides.
    expect(phone.cx + phone.radius + 10 + 63).toBeLessThanOrEqual(300);
  });

  it('writes the ring values between the first two spokes, clear of the top label', () => {
    const model = radarChartModel({
      axes: dimensions,
      series: [],
      width: 560,
      maxValue: 5,
    });
    const top = model.rings.at(-1)!;
    expect(top.labelX).toBeGreaterThan(model.cx);
    expect(top.labelY).toBeGreaterThan(model.cy - model.radius);
  });
});
