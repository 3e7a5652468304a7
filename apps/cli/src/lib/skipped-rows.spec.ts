import { skippedRowsPath } from './skipped-rows';

describe(skippedRowsPath.name, () => {
  it('puts the list next to the input, named after it', () => {
    expect(skippedRowsPath('/data/exports/work-orders.csv')).toBe(
      '/data/exports/work-orders.skipped.csv',
    );
    expect(skippedRowsPath('orders.v2.csv')).toBe('orders.v2.skipped.csv');
    expect(skippedRowsPath('README')).toBe('README.skipped.csv');
  });

  it('takes the file the person chose', () => {
    expect(skippedRowsPath('/data/orders.csv', '/tmp/bad.csv')).toBe(
      '/tmp/bad.csv',
    );
  });
});
