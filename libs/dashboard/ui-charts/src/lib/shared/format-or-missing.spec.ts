import { formatChartNumber, formatChartPercent } from './chart-format';
import { formatOrMissing } from './format-or-missing';

describe(formatOrMissing.name, () => {
  it('formats a value, zero included, and names a missing one', () => {
    expect(formatOrMissing(0.5, formatChartPercent, 'no data')).toBe('50.0%');
    expect(formatOrMissing(0, formatChartNumber, 'no data')).toBe('0');
    expect(formatOrMissing(null, formatChartNumber, 'no value')).toBe(
      'no value',
    );
    expect(formatOrMissing(undefined, formatChartNumber, 'no data')).toBe(
      'no data',
    );
  });
});
