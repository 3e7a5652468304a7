import { estimateTextWidth } from '../shared/text-layout';
import { paretoChartModel, type ParetoDatum } from './pareto-chart.model';

// HR's audit: counts and the API's cumulative shares (total 1,000).
const TYPES: ParetoDatum[] = [
  { key: 'b', label: 'Payslip query', count: 300, cumulativeShare: 0.6 },
  { key: 'a', label: 'PTO question', count: 500, cumulativeShare: 0.5 },
  { key: 'c', label: 'Onboarding', count: 100, cumulativeShare: 0.9 },
  { key: 'd', label: 'Address change', count: 100, cumulativeShare: 1 },
];

describe(paretoChartModel.name, () => {
  const model = paretoChartModel({ data: TYPES, width: 640 });

  it('orders the bars by count descending, ties by name', () => {
    expect(model.bars.map((bar) => bar.label)).toEqual([
      'PTO question',
      'Payslip query',
      'Address change',
      'Onboarding',
    ]);
    const xs = model.bars.map((bar) => bar.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
  });

  it('makes bar heights proportional to the counts', () => {
    const [first, second] = model.bars;
    expect(second.height / first.height).toBeCloseTo(300 / 500, 5);
    expect(first.y + first.height).toBeCloseTo(model.innerHeight, 5);
  });

  it('puts the cumulative line on the 0–100 % right axis', () => {
    expect(model.shareTicks.map((tick) => tick.label)).toEqual([
      '0%',
      '20%',
      '40%',
      '60%',
      '80%',
      '100%',
    ]);
    expect(model.shareTicks[0].offset).toBe(model.innerHeight);
    expect(model.shareTicks[5].offset).toBe(0);
    expect(model.bars[0].lineY).toBeCloseTo(model.innerHeight * 0.5, 5);
  });

  it('draws the line through the bar centres', () => {
    const points = [...model.linePath.matchAll(/[ML]([\d.]+),([\d.]+)/g)];
    expect(points).toHaveLength(model.bars.length);
    points.forEach(([, x, y], index) => {
      expect(Number(x)).toBeCloseTo(model.bars[index].centerX, 2);
      expect(Number(y)).toBeCloseTo(model.bars[index].lineY, 2);
    });
  });

  it('marks the threshold at 80 % and the vital few that reach it', () => {
    expect(model.threshold).toMatchObject({ value: 0.8, label: '80%' });
    expect(model.threshold.offset).toBeCloseTo(model.innerHeight * 0.2, 5);
    // 50 %, 60 %, then 90 % crosses 80 %: the first three are the vital few.
    expect(model.bars.map((bar) => bar.vital)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('counts whole numbers on the left axis', () => {
    const small = paretoChartModel({
      data: [{ key: 'x', label: 'X', count: 3, cumulativeShare: 1 }],
      width: 400,
    });
    expect(small.countTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
  });

  it('wraps labels under wide bars', () => {
    expect(model.labelMode).toBe('wrapped');
    expect(model.labelAngle).toBe(0);
    expect(model.bars.every((bar) => bar.labelLines.length <= 2)).toBe(true);
  });

  it('rotates and shortens labels when ten long names share a narrow chart', () => {
    const ten = Array.from({ length: 10 }, (_, index) => ({
      key: String(index),
      label: `Benefits enrolment and eligibility question ${index}`,
      count: 100 - index,
      cumulativeShare: (index + 1) / 10,
    }));
    const narrow = paretoChartModel({ data: ten, width: 700 });
    expect(narrow.labelMode).toBe('rotated');
    expect(narrow.labelAngle).toBeLessThan(0);
    expect(narrow.bars[0].labelLines).toHaveLength(1);
    expect(narrow.bars[0].labelLines[0].endsWith('…')).toBe(true);
    expect(narrow.margin.bottom).toBeGreaterThan(model.margin.bottom);
    expect(narrow.height).toBe(
      narrow.margin.top + narrow.innerHeight + narrow.margin.bottom,
    );
  });

  it('leaves room on the left for rotated labels that hang past the axis', () => {
    const long = [
      'A rather long first request type',
      'Second',
      'Third type',
      'Fourth',
      'Fifth',
      'Sixth',
      'Seventh',
      'Eighth long name here',
    ].map((label, index) => ({
      key: label,
      label,
      count: 80 - index,
      cumulativeShare: (index + 1) / 8,
    }));
    const model = paretoChartModel({ data: long, width: 420 });
    expect(model.labelMode).toBe('rotated');
    const cos = Math.cos((model.labelAngle * Math.PI) / 180);
    const [first] = model.bars;
    const reach = cos * estimateTextWidth(first.labelLines[0]) - first.centerX;
    expect(reach).toBeLessThanOrEqual(model.margin.left);
    expect(model.margin.left + model.innerWidth + model.margin.right).toBe(420);
  });

  it('fits the axes and the plot in the width', () => {
    expect(model.margin.left + model.innerWidth + model.margin.right).toBe(640);
  });

  it('treats every bar as vital when no category reaches the threshold', () => {
    const partial = paretoChartModel({
      data: [
        { key: 'a', label: 'A', count: 5, cumulativeShare: 0.5 },
        { key: 'b', label: 'B', count: 2, cumulativeShare: 0.7 },
      ],
      width: 400,
    });
    expect(partial.bars.every((bar) => bar.vital)).toBe(true);
  });

  it('is an empty plot for no data', () => {
    const empty = paretoChartModel({ data: [], width: 400 });
    expect(empty.bars).toEqual([]);
    expect(empty.linePath).toBe('');
  });
});
