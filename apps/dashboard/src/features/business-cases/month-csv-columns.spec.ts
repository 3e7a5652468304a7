import {
  discountedMonthCsvColumns,
  monthCsvColumns,
} from './month-csv-columns';

const month = {
  month: 3,
  benefit: 1200,
  cost: 200,
  net: 1000,
  cumulative: -500,
  discountedNet: 990.1,
  cumulativeDiscounted: -512.4,
};

describe('monthly cash-flow CSV columns', () => {
  it('has the month, benefit, cost, net and cumulative columns', () => {
    const columns = monthCsvColumns<typeof month>();
    expect(columns.map((c) => c.header)).toEqual([
      'month',
      'benefit',
      'cost',
      'net',
      'cumulative',
    ]);
    expect(columns.map((c) => c.value(month))).toEqual([
      3, 1200, 200, 1000, -500,
    ]);
  });

  it('adds the discounted figures for Finance', () => {
    const columns = discountedMonthCsvColumns<typeof month>();
    expect(columns.map((c) => c.header).slice(5)).toEqual([
      'discounted_net',
      'cumulative_discounted',
    ]);
    expect(columns.map((c) => c.value(month)).slice(5)).toEqual([
      990.1, -512.4,
    ]);
  });
});
