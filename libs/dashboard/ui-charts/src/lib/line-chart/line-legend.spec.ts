import { CHART_COLORS } from '../shared/chart-colors';
import { lineLegend } from './line-legend';

describe(lineLegend.name, () => {
  it('lists the series as lines, the references dashed, then the band', () => {
    expect(
      lineLegend(
        [{ key: 'd', label: 'Deflection', color: '#1f5bd1', shape: 'square' }],
        [{ key: 'bench', label: 'Benchmark' }],
        { label: 'Stable' },
      ),
    ).toEqual([
      // The series' own marker shape is replaced: the legend draws a line.
      { key: 'd', label: 'Deflection', color: '#1f5bd1', shape: 'line' },
      {
        key: 'bench',
        label: 'Benchmark',
        color: CHART_COLORS.reference,
        shape: 'dashed',
      },
      { key: 'band', label: 'Stable', color: CHART_COLORS.band },
    ]);
  });

  it('leaves out what the chart does not draw', () => {
    expect(lineLegend([], [], null)).toEqual([]);
  });
});
