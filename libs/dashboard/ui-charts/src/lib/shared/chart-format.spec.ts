import {
  formatChartNumber,
  formatChartPercent,
  formatPercentTick,
} from './chart-format';

describe(formatChartNumber.name, () => {
  it.each([
    [1261, '1,261'],
    [2743.94, '2,743.9'],
    [0, '0'],
  ])('formats %p as %s', (value, expected) => {
    expect(formatChartNumber(value)).toBe(expected);
  });
});

describe(formatChartPercent.name, () => {
  it.each([
    [0.6082, '60.8%'],
    [1, '100.0%'],
    [0, '0.0%'],
  ])('formats %p as %s', (value, expected) => {
    expect(formatChartPercent(value)).toBe(expected);
  });
});

describe(formatPercentTick.name, () => {
  it('drops the decimals on axis ticks', () => {
    expect(formatPercentTick(0.8)).toBe('80%');
  });
});
