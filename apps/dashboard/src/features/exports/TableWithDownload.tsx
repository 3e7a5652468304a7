import type { ReactNode } from 'react';
import { Table, type TableColumn } from '@esm-planner/dashboard-ui';
import type { CsvColumn } from '@esm-planner/shared-util-csv';
import { DownloadCsvButton } from './DownloadCsvButton';
import './exports.css';

export type TableWithDownloadProps<Row> = {
  /** The table's heading; also the caption and the CSV button's table name. */
  title: string;
  headingLevel?: 'h2' | 'h3';
  /** A line under the heading, e.g. "showing the first 100 of 250". */
  note?: ReactNode;
  columns: readonly TableColumn<Row>[];
  /** The same columns for the CSV file, with raw numbers rather than text. */
  csvColumns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  /** The rows of the CSV file when the table shows only some of them; default: `rows`. */
  csvRows?: readonly Row[];
  rowKey: (row: Row) => string;
  fileName: string;
  testId?: string;
};

/** A heading, a "Download CSV" button and the table: every data table's frame. */
export function TableWithDownload<Row>({
  title,
  headingLevel: Heading = 'h3',
  note,
  columns,
  csvColumns,
  rows,
  csvRows = rows,
  rowKey,
  fileName,
  testId,
}: TableWithDownloadProps<Row>) {
  return (
    <div className="table-with-download" data-testid={testId}>
      <div className="table-with-download__header">
        <div>
          <Heading className="table-with-download__title">{title}</Heading>
          {note ? <p className="table-with-download__note">{note}</p> : null}
        </div>
        <DownloadCsvButton
          fileName={fileName}
          columns={csvColumns}
          rows={csvRows}
          tableName={title.toLowerCase()}
        />
      </div>
      <Table caption={title} columns={columns} rows={rows} rowKey={rowKey} />
    </div>
  );
}
