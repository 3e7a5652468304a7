import { scaleBand, scaleLinear } from 'd3-scale';
import {
  columnSlot,
  labelledRows,
  percentTicks,
  plotBox,
  rowSlot,
  valueColumnWidth,
} from './plot-layout';

describe('plot layout', () => {
  it('adds the margins to the plot height', () => {
    const margin = { top: 4, right: 10, bottom: 28, left: 48 };
    expect(plotBox(300, margin, 242, 72)).toEqual({
      width: 300,
      height: 104, // 4 + 72 + 28
      margin,
      innerWidth: 242,
      innerHeight: 72,
    });
  });

  it('places rows and columns on a band scale with their whole step', () => {
    // Two keys over 0..100 with no outer padding and inner padding 0.5:
    // step = 100 / (2 - 0.5) = 66.67, bandwidth = step / 2 = 33.33.
    const band = scaleBand<string>()
      .domain(['a', 'b'])
      .range([0, 100])
      .paddingInner(0.5);
    const row = rowSlot(band, 'b');
    expect(row.y).toBeCloseTo(66.67, 2);
    expect(row.height).toBeCloseTo(33.33, 2);
    expect(row.centerY).toBeCloseTo(83.33, 2);
    // The band starts half the gap before the bar: 66.67 - 16.67.
    expect(row.bandY).toBeCloseTo(50, 2);
    expect(row.bandHeight).toBeCloseTo(66.67, 2);
    const column = columnSlot(band, 'a');
    expect(column).toEqual({
      x: 0,
      width: row.height,
      centerX: row.height / 2,
      bandX: -row.height / 2,
      bandWidth: row.bandHeight,
    });
  });

  it('gives percent axes quarters from 320 px and halves below', () => {
    const x = scaleLinear().domain([0, 1]).range([0, 400]);
    expect(percentTicks(x, 400).map((t) => t.label)).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
    ]);
    expect(percentTicks(x, 319).map((t) => [t.label, t.offset])).toEqual([
      ['0%', 0],
      ['50%', 200],
      ['100%', 400],
    ]);
  });

  it('sizes the label column to the labels, within its share of the width', () => {
    // "Finance" is 7 characters: ceil(7 × 12 × 0.58) = 49 px, + 10 gap = 59.
    const rows = [
      { key: 'f', label: 'Finance' },
      { key: 'h', label: 'HR' },
    ];
    const layout = labelledRows(layoutInput(rows));
    expect(layout.margin).toEqual({ top: 4, right: 20, bottom: 28, left: 59 });
    expect(layout.innerWidth).toBe(321); // 400 - 59 - 20
    expect(layout.innerHeight).toBe(72); // 2 rows × 36
    expect(layout.height).toBe(104);
    expect(layout.row('h', 'HR').displayLabel).toBe('HR');
    // At 100 px the column is 40 px: 30 px of text, 4 characters with "…".
    const narrow = labelledRows({ ...layoutInput(rows), width: 100 });
    expect(narrow.margin.left).toBe(40);
    expect(narrow.innerWidth).toBe(60); // the minimum
    expect(narrow.row('f', 'Finance').displayLabel).toBe('Fin…');
  });

  it('keeps room for the widest value after the bars', () => {
    // "1,180" is 5 characters: ceil(5 × 12 × 0.58) = 35 px, + 10 gap.
    expect(valueColumnWidth(['12', '1,180'])).toBe(45);
    expect(valueColumnWidth([])).toBe(10);
  });
});

function layoutInput(rows: { key: string; label: string }[]) {
  return {
    rows,
    width: 400,
    maxLabelShare: 0.4,
    right: 20,
    minInnerWidth: 60,
    rowStep: 36,
    paddingInner: 0.3,
    paddingOuter: 0.15,
  };
}
