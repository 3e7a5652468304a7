import { radarLegend } from './radar-legend';

describe(radarLegend.name, () => {
  it('draws a series as a box and a dashed overlay as a dashed line', () => {
    expect(
      radarLegend([
        { key: 'now', label: 'Latest', color: '#1f5bd1' },
        { key: 'before', label: 'Previous', color: '#525d6b', dashed: true },
      ]),
    ).toEqual([
      { key: 'now', label: 'Latest', color: '#1f5bd1', shape: 'box' },
      { key: 'before', label: 'Previous', color: '#525d6b', shape: 'dashed' },
    ]);
  });
});
