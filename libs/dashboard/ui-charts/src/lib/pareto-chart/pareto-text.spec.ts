import { formatChartNumber, formatChartPercent } from '../shared/chart-format';
import { paretoHeaders, paretoLines } from './pareto-text';

const options = {
  countHeader: 'Requests',
  hasShare: true,
  formatCount: formatChartNumber,
  formatShare: formatChartPercent,
};
// Hardware: 1,180 of 3,000 requests, 80 % of them in this and the larger types.
const hardware = { count: 1180, share: 1180 / 3000, cumulativeShare: 0.8 };

describe(paretoLines.name, () => {
  it("reads the count, the category's share and the cumulative share", () => {
    expect(paretoLines(hardware, options)).toEqual([
      { label: 'Requests', value: '1,180' },
      { label: 'Share', value: '39.3%' },
      { label: 'Cumulative', value: '80.0%' },
    ]);
  });

  it('leaves the share out when the data has none, and blank for a category without one', () => {
    expect(
      paretoLines(hardware, { ...options, hasShare: false }).map(
        (l) => l.label,
      ),
    ).toEqual(['Requests', 'Cumulative']);
    expect(paretoLines({ ...hardware, share: undefined }, options)[1]).toEqual({
      label: 'Share',
      value: '',
    });
  });
});

describe(paretoHeaders.name, () => {
  it('names a column per line, after the category', () => {
    expect(paretoHeaders('Request type', options)).toEqual([
      'Request type',
      'Requests',
      'Share',
      'Cumulative',
    ]);
    expect(
      paretoHeaders('Request type', { ...options, hasShare: false }),
    ).toEqual(['Request type', 'Requests', 'Cumulative']);
  });
});
