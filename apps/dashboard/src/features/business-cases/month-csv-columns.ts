import type { CsvColumn } from '@esm-planner/shared-util-csv';

type CashMonth = {
  month: number;
  benefit: number;
  cost: number;
  net: number;
  cumulative: number;
};
type DiscountedMonth = CashMonth & {
  discountedNet: number;
  cumulativeDiscounted: number;
};

/** The monthly cash-flow CSV: the same columns wherever a case's months are downloaded. */
export function monthCsvColumns<M extends CashMonth>(): CsvColumn<M>[] {
  return [
    { header: 'month', value: (m) => m.month },
    { header: 'benefit', value: (m) => m.benefit },
    { header: 'cost', value: (m) => m.cost },
    { header: 'net', value: (m) => m.net },
    { header: 'cumulative', value: (m) => m.cumulative },
  ];
}

/** The same with the discounted figures (the Finance view). */
export function discountedMonthCsvColumns<
  M extends DiscountedMonth,
>(): CsvColumn<M>[] {
  return [
    ...monthCsvColumns<M>(),
    { header: 'discounted_net', value: (m) => m.discountedNet },
    { header: 'cumulative_discounted', value: (m) => m.cumulativeDiscounted },
  ];
}
