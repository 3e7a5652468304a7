import {
  realisationChartModel,
  type RealisationPoint,
} from './realisation-chart.model';

// Month 0 (−100 up front), then four months: 40 planned each, 30 and 50
// realised in the two complete months.
const POINTS: RealisationPoint[] = [
  {
    month: 0,
    plannedBenefit: 0,
    realisedBenefit: 0,
    plannedCumulative: -100,
    forecastCumulative: -100,
  },
  {
    month: 1,
    plannedBenefit: 40,
    realisedBenefit: 30,
    plannedCumulative: -70,
    forecastCumulative: -80,
  },
  {
    month: 2,
    plannedBenefit: 40,
    realisedBenefit: 50,
    plannedCumulative: -40,
    forecastCumulative: -40,
  },
  {
    month: 3,
    plannedBenefit: 40,
    realisedBenefit: null,
    plannedCumulative: -10,
    forecastCumulative: -10,
  },
  {
    month: 4,
    plannedBenefit: 40,
    realisedBenefit: null,
    plannedCumulative: 20,
    forecastCumulative: 20,
  },
];

describe(realisationChartModel.name, () => {
  const model = realisationChartModel({
    points: POINTS,
    plannedPaybackMonths: 3.33,
    forecastPaybackMonths: 3.5,
    completeMonths: 2,
    width: 480,
  });
  const perMonth = model.innerWidth / 4;

  it('draws month m’s bars between m − 1 and m, planned left and realised right', () => {
    expect(model.plannedBars).toHaveLength(4);
    expect(model.plannedBars[0].x).toBeCloseTo(0.1 * perMonth, 9);
    expect(model.realisedBars[0].x).toBeCloseTo(0.5 * perMonth, 9);
    expect(model.plannedBars[1].x).toBeCloseTo(1.1 * perMonth, 9);
    // The taller realised bar of month 2 (50 against 40).
    expect(model.realisedBars[1].height).toBeGreaterThan(
      model.plannedBars[1].height,
    );
  });

  it('has no realised bar for a month not complete', () => {
    expect(model.realisedBars.map((b) => b.month)).toEqual([1, 2]);
    expect(model.months[3].realisedBenefit).toBe('not complete yet');
  });

  it('puts the cumulative at the end of each month, zero inside the lower panel, below the bars', () => {
    expect(model.forecastPath.startsWith('M0.00,')).toBe(true);
    expect(model.zeroY).toBeGreaterThan(model.linesTop);
    expect(model.zeroY).toBeLessThan(model.linesTop + model.linesHeight);
    expect(model.linesTop).toBeGreaterThan(model.barsHeight);
    expect(model.months[4].x).toBeCloseTo(model.innerWidth, 9);
  });

  it('marks both paybacks at their fractional months, and where the actuals end', () => {
    expect(model.paybackMarks).toEqual([
      {
        key: 'planned',
        month: 3.33,
        x: 3.33 * perMonth,
        label: 'planned payback 3.3 months',
        shortLabel: 'plan 3.3',
        anchor: 'end',
      },
      {
        key: 'forecast',
        month: 3.5,
        x: 3.5 * perMonth,
        label: 'forecast payback 3.5 months',
        shortLabel: 'forecast 3.5',
        anchor: 'start',
      },
    ]);
    expect(model.measuredUntilX).toBeCloseTo(2 * perMonth, 9);
    const none = realisationChartModel({
      points: POINTS,
      plannedPaybackMonths: null,
      forecastPaybackMonths: null,
      completeMonths: 0,
      width: 480,
    });
    expect(none.paybackMarks).toEqual([]);
    expect(none.measuredUntilX).toBeNull();
    // A forecast earlier than the plan swaps the sides of the labels.
    const early = realisationChartModel({
      points: POINTS,
      plannedPaybackMonths: 3.5,
      forecastPaybackMonths: 3,
      completeMonths: 2,
      width: 480,
    });
    expect(early.paybackMarks.map((m) => [m.key, m.anchor])).toEqual([
      ['planned', 'start'],
      ['forecast', 'end'],
    ]);
  });

  it('labels every month on a short horizon and thins the labels on a narrow chart', () => {
    expect(model.xTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
    const long = Array.from({ length: 37 }, (_, month) => ({
      ...POINTS[1],
      month,
    }));
    const narrow = realisationChartModel({
      points: long,
      plannedPaybackMonths: null,
      forecastPaybackMonths: null,
      completeMonths: 8,
      width: 360,
    });
    // 280 px of plot: about 5 labels, every 12 months.
    expect(narrow.xTicks.map((t) => t.label)).toEqual(['0', '12', '24', '36']);
  });

  it('gives each month one target, month 0 before the axis', () => {
    expect(model.months.map((m) => [m.from, m.to])).toEqual([
      [-perMonth / 2, 0],
      [0, perMonth],
      [perMonth, 2 * perMonth],
      [2 * perMonth, 3 * perMonth],
      [3 * perMonth, 4 * perMonth],
    ]);
  });
});
