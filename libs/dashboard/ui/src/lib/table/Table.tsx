import type { ReactNode } from 'react';
import { cx } from '../class-names';
import './Table.css';

export type TableColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** The cell that names the row; rendered as a row header for screen readers. */
  isRowHeader?: boolean;
};

export type TableProps<Row> = {
  /** Describes the table; visually hidden unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  testId?: string;
};

/**
 * A data table that scrolls sideways inside its own box on narrow screens.
 * The box is a named region in the tab order, so that a keyboard can reach
 * and scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function Table<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  testId,
}: TableProps<Row>) {
  return (
    <div
      className="ui-table__scroller"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="ui-table" data-testid={testId}>
        <caption
          className={showCaption ? 'ui-table__caption' : 'ui-visually-hidden'}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cx(column.align === 'end' && 'ui-table__cell--end')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const className = cx(
                  column.align === 'end' && 'ui-table__cell--end',
                );
                return column.isRowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
