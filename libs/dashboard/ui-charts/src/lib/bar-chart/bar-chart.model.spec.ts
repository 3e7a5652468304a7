import { estimateTextWidth } from '../shared/text-layout';
import { barChartModel, type BarDatum } from './bar-chart.model';

const CHANNELS: BarDatum[] = [
  { key: 'FORM', label: 'Form', value: 1180, valueLabel: '1,180 (60.8%)' },
  { key: 'OTHER', label: 'Other', value: 166 },
  { key: 'EMAIL', label: 'Email', value: 121 },
];

describe(barChartModel.name, () => {
  const model = barChartModel({ data: CHANNELS, width: 600 });

  it('draws one bar per datum, in the given order, top to bottom', () => {
    expect(model.bars.map((bar) => bar.key)).toEqual([
      'FORM',
      'OTHER',
      'EMAIL',
    ]);
    const ys = model.bars.map((bar) => bar.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('makes bar lengths proportional to the values', () => {
    const [form, other] = model.bars;
    expect(other.width / form.width).toBeCloseTo(166 / 1180, 5);
  });

  it('rounds the axis up to a nice number and labels the ticks', () => {
    const last = model.ticks[model.ticks.length - 1];
    expect(last.value).toBe(1200);
    expect(last.offset).toBe(model.innerWidth);
    expect(model.ticks[0]).toEqual({ value: 0, offset: 0, label: '0' });
    expect(model.ticks.map((tick) => tick.label)).toContain('1,000');
  });

  it('uses the given value label, else the formatted value', () => {
    expect(model.bars.map((bar) => bar.valueLabel)).toEqual([
      '1,180 (60.8%)',
      '166',
      '121',
    ]);
  });

  it('fits the plot, the labels and the value labels in the width', () => {
    expect(model.margin.left + model.innerWidth + model.margin.right).toBe(600);
    expect(model.margin.right).toBeGreaterThanOrEqual(
      estimateTextWidth('1,180 (60.8%)'),
    );
  });

  it('grows in height with the number of bars', () => {
    const more = barChartModel({
      data: [...CHANNELS, { key: 'CHAT', label: 'Chat', value: 100 }],
      width: 600,
    });
    expect(more.height - model.height).toBe(36);
  });

  it('ends the axis on a labelled tick in a narrow chart too', () => {
    const narrow = barChartModel({
      data: [
        { key: 'a', label: 'Form', value: 1361, valueLabel: '1,361 (26.8%)' },
      ],
      width: 420,
    });
    const last = narrow.ticks[narrow.ticks.length - 1];
    expect(last.offset).toBeCloseTo(narrow.innerWidth, 5);
    expect(last.value).toBeGreaterThanOrEqual(1361);
  });

  it('keeps a fixed axis end when given one (shares on 0–100 %)', () => {
    const shares = barChartModel({
      data: [{ key: 'HR', label: 'HR', value: 0.39 }],
      width: 400,
      maxValue: 1,
    });
    expect(shares.bars[0].width).toBeCloseTo(0.39 * shares.innerWidth, 5);
    expect(shares.ticks[shares.ticks.length - 1].value).toBe(1);
  });

  it('shortens long labels to at most 40 % of a narrow chart', () => {
    const long = barChartModel({
      data: [
        {
          key: 'x',
          label: 'A very long request type name that goes on and on',
          value: 3,
        },
      ],
      width: 300,
    });
    expect(long.margin.left).toBe(120);
    expect(long.bars[0].displayLabel.endsWith('…')).toBe(true);
    expect(long.bars[0].label).toMatch(/on and on$/);
  });

  it('draws negative values as empty bars and survives all zeros', () => {
    const zeros = barChartModel({
      data: [
        { key: 'a', label: 'A', value: 0 },
        { key: 'b', label: 'B', value: -4 },
      ],
      width: 400,
    });
    expect(zeros.bars.map((bar) => bar.width)).toEqual([0, 0]);
    expect(zeros.ticks.every((tick) => Number.isFinite(tick.offset))).toBe(
      true,
    );
  });

  it('is an empty plot for no data', () => {
    const empty = barChartModel({ data: [], width: 400 });
    expect(empty.bars).toEqual([]);
    expect(empty.innerHeight).toBe(0);
  });

  it('keeps a minimum plot width in a tiny container', () => {
    expect(
      barChartModel({ data: CHANNELS, width: 40 }).innerWidth,
    ).toBeGreaterThanOrEqual(60);
  });

  it('gives each bar its whole row as a hover band', () => {
    const [first, second] = model.bars;
    expect(first.bandY + first.bandHeight).toBeCloseTo(second.bandY, 5);
  });
});
