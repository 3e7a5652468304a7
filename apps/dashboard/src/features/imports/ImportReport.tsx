import { Link } from 'react-router';
import type { ImportJobFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { StatGrid } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatCount, formatDateRange } from '../formatting/format';
import { ImportErrorTable } from './ImportErrorTable';
import { SkippedRowsDownload } from './SkippedRowsDownload';
import { fieldLabel } from './wizard/field-labels';

export type ImportReportProps = {
  job: ImportJobFieldsFragment;
  organizationId: string;
};

type Mapped = ImportJobFieldsFragment['mappedToOther'][number];

/** What a finished import did: a summary when it succeeded, the problems when it failed. */
export function ImportReport({ job, organizationId }: ImportReportProps) {
  const succeeded = job.status === 'SUCCEEDED';
  const cancelled = job.status === 'CANCELLED';
  const dry = job.dryRun;
  const stem = job.fileName?.replace(/\.[^.]+$/, '') ?? 'import';
  return (
    <div className="import-report" data-testid="import-report">
      <h3 className="import-report__heading">
        {reportHeading(job.status, dry)}
      </h3>
      {job.message ? <p>{job.message}</p> : null}
      {job.windowStart && job.windowEnd ? (
        <p className="muted">
          Audit window {formatDateRange(job.windowStart, job.windowEnd)}
        </p>
      ) : null}
      <ImportCounts job={job} />
      {job.mappedToOther.length > 0 ? (
        <MappedToOtherTable job={job} fileStem={stem} />
      ) : succeeded && job.kind === 'AUDIT' ? (
        <p className="muted">Every channel in the file was recognised.</p>
      ) : null}
      {!succeeded && !cancelled ? (
        <ImportErrorTable job={job} fileStem={stem} />
      ) : null}
      {succeeded && job.rowsSkipped > 0 ? (
        <>
          <ImportErrorTable
            job={job}
            fileStem={stem}
            title={
              dry
                ? 'Rows it would skip: the first problems'
                : 'Skipped rows: the first problems'
            }
          />
          {job.skippedRowsUrl ? (
            <SkippedRowsDownload url={job.skippedRowsUrl} fileStem={stem} />
          ) : null}
        </>
      ) : null}
      {succeeded && !dry ? (
        job.kind === 'AUDIT' ? (
          <p>
            <Link to={PATHS.baseline(organizationId)}>See the baselines</Link>
          </p>
        ) : (
          <p>
            <Link to={PATHS.metrics(organizationId)}>See the metrics</Link>
          </p>
        )
      ) : null}
    </div>
  );
}

function reportHeading(
  status: ImportJobFieldsFragment['status'],
  dryRun: boolean,
): string {
  if (status === 'CANCELLED')
    return dryRun ? 'Dry run cancelled' : 'Import cancelled';
  if (dryRun)
    return status === 'SUCCEEDED'
      ? 'Dry run finished: nothing was stored'
      : 'Dry run: the import would fail';
  return status === 'SUCCEEDED' ? 'Import succeeded' : 'Import failed';
}

/** Rows read, stored, skipped, duplicate and the problems, as the job's status has them. */
function ImportCounts({ job }: { job: ImportJobFieldsFragment }) {
  const succeeded = job.status === 'SUCCEEDED';
  const cancelled = job.status === 'CANCELLED';
  const skipping = job.invalidRows === 'SKIP' || job.rowsSkipped > 0;
  const dry = job.dryRun;
  return (
    <StatGrid
      items={[
        {
          label: 'Rows read',
          value: formatCount(job.rowsRead),
          testId: 'report-rows-read',
        },
        {
          label: dry ? 'Rows it would store' : 'Rows stored',
          value: formatCount(job.rowsStored),
          testId: 'report-rows-stored',
        },
        ...(skipping && !cancelled
          ? [
              {
                label: dry ? 'Rows it would skip' : 'Rows skipped',
                value: formatCount(job.rowsSkipped),
                hint: 'invalid, left out',
                testId: 'report-rows-skipped',
              },
            ]
          : []),
        {
          label: 'Duplicates',
          value: formatCount(job.rowsDuplicate),
          hint: 'already stored, left unchanged',
          testId: 'report-rows-duplicate',
        },
        ...(succeeded || cancelled
          ? []
          : [
              {
                label: 'Problems',
                value: formatCount(job.errorCount),
                testId: 'report-error-count',
              },
            ]),
      ]}
    />
  );
}

/** The values the importer did not know and counted as Other. */
function MappedToOtherTable({
  job,
  fileStem,
}: {
  job: ImportJobFieldsFragment;
  fileStem: string;
}) {
  return (
    <TableWithDownload<Mapped>
      title="Values mapped to Other"
      note="The importer did not know these values and counted them as Other."
      columns={[
        {
          key: 'field',
          header: 'Field',
          cell: (row) => fieldLabel(job.kind, row.field),
        },
        {
          key: 'value',
          header: 'Value in the file',
          cell: (row) => row.value,
          isRowHeader: true,
        },
        {
          key: 'count',
          header: 'Rows',
          cell: (row) => formatCount(row.count),
          align: 'end',
        },
      ]}
      csvColumns={[
        {
          header: 'Field',
          value: (row) => fieldLabel(job.kind, row.field),
        },
        { header: 'Value in the file', value: (row) => row.value },
        { header: 'Rows', value: (row) => row.count },
      ]}
      rows={job.mappedToOther}
      rowKey={(row) => `${row.field}:${row.value}`}
      fileName={csvFileName(fileStem, 'mapped-to-other')}
      testId="mapped-to-other"
    />
  );
}
