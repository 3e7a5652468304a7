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
