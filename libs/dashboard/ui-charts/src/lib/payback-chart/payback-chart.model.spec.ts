import { paybackChartModel } from './payback-chart.model';

const POINTS = [
  { month: 0, cumulative: -100 },
  { month: 1, cumulative: -50 },
  { month: 2, cumulative: 0 },
  { month: 3, cumulative: 50 },
];

describe(paybackChartModel.name, () => {
  it('puts month 0 on the left, the horizon on the right, and zero inside the value axis', () => {
    const model = paybackChartModel({
      points: POINTS,
      paybackMonths: 2,
      band: { low: 14, high: 22 },
      width: 400,
    });
    expect(model.dots[0].x).toBe(0);
    expect(model.dots[3].x).toBe(model.innerWidth);
    // −100 at the bottom, +50 above zero.
    expect(model.dots[0].y).toBe(model.innerHeight);
    expect(model.dots[3].y).toBeLessThan(model.zeroY);
    expect(model.path.startsWith('M0.00,')).toBe(true);
  });

  it('marks break-even on the zero line at the payback month', () => {
    const model = paybackChartModel({
      points: POINTS,
      paybackMonths: 2,
      band: { low: 14, high: 22 },
      width: 400,
    });
    expect(model.breakEven).toEqual({
      x: model.dots[2].x,
      y: model.zeroY,
      label: 'break-even at 2.0 months',
    });
    expect(
      paybackChartModel({
        points: POINTS,
        paybackMonths: null,
        band: { low: 14, high: 22 },
        width: 400,
      }).breakEven,
    ).toBeNull();
  });

  it('clips the 14–22-month band to the horizon and drops it when it starts after', () => {
    const long = Array.from({ length: 37 }, (_, month) => ({
      month,
      cumulative: month * 10 - 100,
    }));
    const model = paybackChartModel({
      points: long,
      paybackMonths: 10,
      band: { low: 14, high: 22 },
      width: 400,
    });
    const perMonth = model.innerWidth / 36;
    expect(model.band!.x).toBeCloseTo(14 * perMonth, 6);
    expect(model.band!.width).toBeCloseTo(8 * perMonth, 6);
    expect(
      paybackChartModel({
        points: POINTS,
        paybackMonths: 2,
        band: { low: 14, high: 22 },
        width: 400,
      }).band,
    ).toBeNull();
  });
});
