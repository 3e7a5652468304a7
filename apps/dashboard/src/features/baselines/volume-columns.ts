import type { TableColumn } from '@esm-planner/dashboard-ui';
import { formatCount, formatPercent } from '../formatting/format';

/** The count and share columns every baseline table shows, in the department's word. */
export function countAndShareColumns<
  Row extends { count: number; share?: number | null },
>(countHeader: string): TableColumn<Row>[] {
  return [
    {
      key: 'count',
      header: countHeader,
      align: 'end',
      cell: (row) => formatCount(row.count),
    },
    {
      key: 'share',
      header: 'Share',
      align: 'end',
      cell: (row) => formatPercent(row.share),
    },
  ];
}
