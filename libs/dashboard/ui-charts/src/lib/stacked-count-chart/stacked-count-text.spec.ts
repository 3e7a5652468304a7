import { seriesCountLines } from './stacked-count-text';

const series = [
  { key: 'email', label: 'Email' },
  { key: 'portal', label: 'Portal' },
  { key: 'phone', label: 'Phone' },
];

describe(seriesCountLines.name, () => {
  it('reads each series in series order, grouped in thousands', () => {
    expect(
      seriesCountLines(
        { values: { phone: 3, email: 1180, portal: 12 } },
        series,
      ),
    ).toEqual([
      { label: 'Email', value: '1,180' },
      { label: 'Portal', value: '12' },
      { label: 'Phone', value: '3' },
    ]);
  });

  it('reads a missing or negative count, and a missing column, as 0', () => {
    expect(
      seriesCountLines({ values: { email: -4 } }, series).map((l) => l.value),
    ).toEqual(['0', '0', '0']);
    expect(seriesCountLines(undefined, series.slice(0, 1))).toEqual([
      { label: 'Email', value: '0' },
    ]);
  });
});
