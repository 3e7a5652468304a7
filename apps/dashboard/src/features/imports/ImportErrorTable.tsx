import type { ImportJobFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatCount } from '../formatting/format';
import { errorCountNote } from './import-labels';

type RowError = ImportJobFieldsFragment['errors'][number];

export type ImportErrorTableProps = {
  job: Pick<ImportJobFieldsFragment, 'errors' | 'errorCount'>;
  fileStem: string;
  /** "Problems in the file" by default; the skipped rows' when they were skipped. */
  title?: string;
};

/** The problems a failed import found: where, what, and the value seen. */
export function ImportErrorTable({
  job,
  fileStem,
  title = 'Problems in the file',
}: ImportErrorTableProps) {
  if (job.errors.length === 0) return null;
  return (
    <TableWithDownload<RowError>
      title={title}
      note={errorCountNote(job.errors.length, job.errorCount)}
      columns={[
        {
          key: 'line',
          header: 'Line',
          cell: (row) => formatCount(row.line),
          align: 'end',
          isRowHeader: true,
        },
        {
          key: 'column',
          header: 'Column',
          cell: (row) => (row.column === null ? '—' : formatCount(row.column)),
          align: 'end',
        },
        { key: 'message', header: 'Problem', cell: (row) => row.message },
        {
          key: 'value',
          header: 'Value seen',
          cell: (row) =>
            row.value === null ? (
              '—'
            ) : (
              <code className="import-errors__value">{row.value}</code>
            ),
        },
      ]}
      csvColumns={[
        { header: 'Line', value: (row) => row.line },
        { header: 'Column', value: (row) => row.column },
        { header: 'Problem', value: (row) => row.message },
        { header: 'Value seen', value: (row) => row.value },
      ]}
      rows={job.errors}
      rowKey={(row) => `${row.line}:${row.column ?? '-'}:${row.message}`}
      fileName={csvFileName(fileStem, 'problems')}
      testId="import-errors"
    />
  );
}
