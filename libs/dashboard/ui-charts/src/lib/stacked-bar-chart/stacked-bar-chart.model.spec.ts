import {
  stackedBarChartModel,
  type StackRow,
  type StackSeries,
} from './stacked-bar-chart.model';

const SERIES: StackSeries[] = [
  { key: 'EMAIL', label: 'Email', color: '#b54708', group: 'Informal' },
  { key: 'CHAT', label: 'Chat', color: '#fbbf24', group: 'Informal' },
  { key: 'PORTAL', label: 'Portal', color: '#1f5bd1', group: 'Structured' },
];

const ROWS: StackRow[] = [
  {
    key: 'hr',
    label: 'HR',
    values: { EMAIL: 0.25, CHAT: 0.25, PORTAL: 0.5 },
    note: '50.0% informal',
  },
  { key: 'it', label: 'IT', values: { EMAIL: 30, PORTAL: 10 } },
];

describe(stackedBarChartModel.name, () => {
  const model = stackedBarChartModel({
    rows: ROWS,
    series: SERIES,
    width: 600,
  });

  it('draws one bar per row, top to bottom', () => {
    expect(model.bars.map((bar) => bar.label)).toEqual(['HR', 'IT']);
    expect(model.bars[0].y).toBeLessThan(model.bars[1].y);
  });

  it('lays the series out left to right, in order, filling the width', () => {
    const [hr] = model.bars;
    expect(hr.segments.map((segment) => segment.seriesKey)).toEqual([
      'EMAIL',
      'CHAT',
      'PORTAL',
    ]);
    expect(hr.segments[0].x).toBe(0);
    expect(hr.segments[1].x).toBeCloseTo(hr.segments[0].width, 5);
    const last = hr.segments[2];
    expect(last.x + last.width).toBeCloseTo(model.innerWidth, 5);
  });

  it('scales counts to 100 % too, and skips empty series', () => {
    const itBar = model.bars[1];
    expect(itBar.segments.map((segment) => segment.seriesKey)).toEqual([
      'EMAIL',
      'PORTAL',
    ]);
    expect(itBar.segments.map((segment) => segment.share)).toEqual([
      0.75, 0.25,
    ]);
    expect(itBar.segments[0].value).toBe(30);
  });

  it('prints the share inside segments wide enough, with readable text', () => {
    const [email, chat, portal] = model.bars[0].segments;
    expect(email.inlineLabel).toBe('25.0%');
    expect(portal.inlineLabel).toBe('50.0%');
    expect(email.textColor).toBe('#ffffff');
    expect(chat.textColor).toBe('#18212d');
  });

  it('hides the share in a sliver', () => {
    const sliver = stackedBarChartModel({
      rows: [{ key: 'x', label: 'X', values: { EMAIL: 1, PORTAL: 99 } }],
      series: SERIES,
      width: 400,
    });
    expect(sliver.bars[0].segments[0].inlineLabel).toBeNull();
  });

  it('reserves room for the notes and the labels', () => {
    expect(model.bars[0].note).toBe('50.0% informal');
    expect(model.bars[1].note).toBeNull();
    expect(model.margin.right).toBeGreaterThan(80);
    expect(model.margin.left + model.innerWidth + model.margin.right).toBe(600);
  });

  it('labels the axis in quarters, or halves when narrow', () => {
    expect(model.ticks.map((tick) => tick.label)).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
    ]);
    const narrow = stackedBarChartModel({
      rows: ROWS,
      series: SERIES,
      width: 250,
    });
    expect(narrow.ticks.map((tick) => tick.label)).toEqual([
      '0%',
      '50%',
      '100%',
    ]);
  });

  it('draws a row without any value as an empty bar', () => {
    const empty = stackedBarChartModel({
      rows: [{ key: 'x', label: 'X', values: {} }],
      series: SERIES,
      width: 400,
    });
    expect(empty.bars[0].segments).toEqual([]);
  });
});
