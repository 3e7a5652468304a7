import type { StackSeries } from '../stacked-bar-chart/stacked-bar-chart.model';
import {
  labelStep,
  stackedCountChartModel,
  type CountColumn,
} from './stacked-count-chart.model';

const SERIES: StackSeries[] = [
  { key: 'EMAIL', label: 'Email', color: '#b42318' },
  { key: 'PORTAL', label: 'Portal', color: '#0e7490' },
];

const COLUMNS: CountColumn[] = [
  { key: '2026-01-05', label: '5 Jan', values: { EMAIL: 30, PORTAL: 10 } },
  { key: '2026-01-12', label: '12 Jan', values: {} },
  { key: '2026-01-19', label: '19 Jan', values: { PORTAL: 20, OTHER: 99 } },
];

describe(stackedCountChartModel.name, () => {
  const model = stackedCountChartModel({
    columns: COLUMNS,
    series: SERIES,
    width: 600,
    height: 280,
  });

  it('totals each column over the given series only (OTHER is not a series)', () => {
    expect(model.columns.map((c) => c.total)).toEqual([40, 0, 20]);
  });

  it('stacks the series bottom to top in order, heights proportional to the counts', () => {
    const [first] = model.columns;
    expect(first.segments.map((s) => s.seriesKey)).toEqual(['EMAIL', 'PORTAL']);
    const [email, portal] = first.segments;
    // The axis is nice(4) over 0–40: 40 fills the plot, 30 is three quarters.
    expect(email.height).toBeCloseTo((model.innerHeight * 30) / 40);
    expect(portal.height).toBeCloseTo((model.innerHeight * 10) / 40);
    expect(email.y + email.height).toBeCloseTo(model.innerHeight);
    expect(portal.y + portal.height).toBeCloseTo(email.y);
    expect(first.top).toBeCloseTo(0);
  });

  it('draws nothing for an empty period but keeps its place', () => {
    expect(model.columns[1].segments).toEqual([]);
    expect(model.columns[1].top).toBeCloseTo(model.innerHeight);
    expect(model.columns[0].x).toBeLessThan(model.columns[1].x);
  });

  it('fits the width and height it was given', () => {
    expect(model.width).toBe(600);
    expect(model.height).toBe(280);
    expect(model.yTicks[0]).toMatchObject({ value: 0, label: '0' });
    expect(model.yTicks.at(-1)?.value).toBe(40);
  });

  it('keeps a usable axis when every count is 0', () => {
    const empty = stackedCountChartModel({
      columns: [COLUMNS[1]],
      series: SERIES,
      width: 300,
    });
    expect(empty.columns[0].total).toBe(0);
    expect(empty.yTicks.at(-1)?.value).toBe(1);
  });
});

describe(labelStep.name, () => {
  it('labels every column when the widest label fits its step', () => {
    // 30 px label + 12 px gap ≤ 50 px step.
    expect(labelStep([20, 30], 50)).toBe(1);
  });

  it('labels every n-th column when the labels would overlap', () => {
    // (30 + 12) / 20 = 2.1 → every third column.
    expect(labelStep([30], 20)).toBe(3);
  });

  it('labels every column when there is nothing to measure', () => {
    expect(labelStep([], 0)).toBe(1);
  });
});
