import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  describeApiError,
  ImportJobsDocument,
  type ImportHistoryFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorBanner,
  LoadingState,
  Table,
  type TableColumn,
} from '@esm-planner/dashboard-ui';
import { csvFileName, type CsvColumn } from '@esm-planner/shared-util-csv';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import {
  formatCount,
  NO_VALUE,
  formatDateRange,
  formatDateTime,
} from '../formatting/format';
import {
  importKindLabel,
  importStatusLabel,
  importStatusTone,
} from './import-labels';

type Job = ImportHistoryFieldsFragment;

export type ImportHistoryProps = {
  organizationId: string;
  /** Changes when an import finishes, to load the list again. */
  refreshKey: number;
  onShow: (jobId: string) => void;
};

const HISTORY_LIMIT = 50;

const windowOf = (job: Job) =>
  job.windowStart && job.windowEnd
    ? formatDateRange(job.windowStart, job.windowEnd)
    : '';

/** File (opens its report), start, status, rows stored and problems. */
const historyColumns = (
  onShow: (jobId: string) => void,
): TableColumn<Job>[] => [
  {
    key: 'file',
    header: 'File',
    isRowHeader: true,
    cell: (job) => (
      <>
        <button
          type="button"
          className="link-button"
          aria-label={`Show the report of ${job.fileName ?? 'this import'}`}
          onClick={() => onShow(job.id)}
        >
          {job.fileName ?? 'Pasted text'}
        </button>
        <span className="import-history__detail">
          {[
            importKindLabel(job.kind),
            job.dryRun ? 'dry run, nothing stored' : null,
            windowOf(job),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </>
    ),
  },
  {
    key: 'createdAt',
    header: 'Started',
    cell: (job) => formatDateTime(job.createdAt),
  },
  {
    key: 'status',
    header: 'Status',
    cell: (job) => (
      <Badge tone={importStatusTone(job.status)} dot>
        {importStatusLabel(job.status)}
      </Badge>
    ),
  },
  {
    key: 'stored',
    header: 'Rows stored',
    align: 'end',
    // A dry run only says what it would have stored.
    cell: (job) => (job.dryRun ? NO_VALUE : formatCount(job.rowsStored)),
  },
  {
    key: 'errors',
    header: 'Problems',
    align: 'end',
    cell: (job) => formatCount(job.errorCount),
  },
];

const HISTORY_CSV_COLUMNS: CsvColumn<Job>[] = [
  { header: 'Started', value: (job) => job.createdAt },
  { header: 'File', value: (job) => job.fileName },
  { header: 'Kind', value: (job) => importKindLabel(job.kind) },
  { header: 'Window start', value: (job) => job.windowStart },
  { header: 'Window end', value: (job) => job.windowEnd },
  { header: 'Status', value: (job) => importStatusLabel(job.status) },
  { header: 'Rows read', value: (job) => job.rowsRead },
  { header: 'Dry run', value: (job) => (job.dryRun ? 'yes' : 'no') },
  {
    header: 'Rows stored',
    value: (job) => (job.dryRun ? 0 : job.rowsStored),
  },
  { header: 'Rows skipped', value: (job) => job.rowsSkipped },
  { header: 'Duplicates', value: (job) => job.rowsDuplicate },
  { header: 'Problems', value: (job) => job.errorCount },
];

/** The organisation's imports, newest first, each with its status. */
export function ImportHistory({
  organizationId,
  refreshKey,
  onShow,
}: ImportHistoryProps) {
  const { data, loading, error, refetch } = useQuery(ImportJobsDocument, {
    variables: { organizationId, limit: HISTORY_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);

  const jobs = [...(data?.importJobs ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  let body;
  if (!data && loading)
    body = <LoadingState label="Loading the import history…" />;
  else if (error && !data) {
    body = (
      <ErrorBanner
        title="The import history could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  } else if (jobs.length === 0) {
    body = (
      <EmptyState
        title="No imports yet"
        description="Imports you start appear here, newest first."
      />
    );
  } else {
    body = (
      <Table<Job>
        caption="Imports, newest first"
        columns={historyColumns(onShow)}
        rows={jobs}
        rowKey={(job) => job.id}
        testId="import-history"
      />
    );
  }
  return (
    <Card
      as="section"
      title="Import history"
      testId="import-history-card"
      aside={
        <DownloadCsvButton<Job>
          fileName={csvFileName('import-history')}
          tableName="the import history"
          rows={jobs}
          columns={HISTORY_CSV_COLUMNS}
        />
      }
    >
      {body}
    </Card>
  );
}
