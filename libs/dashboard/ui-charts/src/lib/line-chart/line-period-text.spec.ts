import { formatChartPercent } from '../shared/chart-format';
import { lineTableRow, lineTooltip, lineValueLines } from './line-period-text';

const series = [
  { key: 'd', label: 'Deflection' },
  { key: 'r', label: 'Reopen' },
];
const week = {
  values: { d: 0.305, r: null },
  details: [{ label: 'Requests', value: '262' }],
};

describe(lineValueLines.name, () => {
  it("reads each series' value, and a gap as no data", () => {
    expect(lineValueLines(week, series, formatChartPercent)).toEqual([
      { label: 'Deflection', value: '30.5%' },
      { label: 'Reopen', value: 'no data' },
    ]);
    expect(lineValueLines({ values: {} }, series.slice(0, 1), String)).toEqual([
      { label: 'Deflection', value: 'no data' },
    ]);
  });
});

describe(lineTooltip.name, () => {
  it('lists the values then the details, pointing at the highest point in SVG pixels', () => {
    const column = { label: 'Week of 2 Mar 2026', x: 100, anchorY: 40 };
    const margin = { top: 12, right: 16, bottom: 28, left: 44 };
    expect(
      lineTooltip(column, week, series, formatChartPercent, margin),
    ).toEqual({
      title: 'Week of 2 Mar 2026',
      lines: [
        { label: 'Deflection', value: '30.5%' },
        { label: 'Reopen', value: 'no data' },
        { label: 'Requests', value: '262' },
      ],
      anchor: { x: 144, y: 52 },
    });
  });
});

describe(lineTableRow.name, () => {
  it("names the period, then each series' value", () => {
    expect(
      lineTableRow(
        { label: 'Week of 2 Mar 2026', ...week },
        series,
        formatChartPercent,
      ),
    ).toEqual(['Week of 2 Mar 2026', '30.5%', 'no data']);
  });
});
