import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  describeApiError,
  ImportJobDocument,
  type ImportJobFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Card,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import { CancelImportButton } from './CancelImportButton';
import { ImportProgressBlock } from './ImportProgressBlock';
import { ImportReport } from './ImportReport';
import {
  importKindLabel,
  importStatusLabel,
  importStatusTone,
} from './import-labels';
import { isFinished, jobProgressState } from './import-progress';

/** How often a running import is asked for its progress. */
export const POLL_INTERVAL_MS = 500;

export type ImportJobPanelProps = {
  jobId: string;
  organizationId: string;
  /** Whether the person may stop it (who may start imports may cancel them). */
  canCancel: boolean;
  /** Called once when the job has succeeded, failed or been cancelled. */
  onFinished: () => void;
};

const STATUS_SENTENCES = {
  QUEUED: 'The import is queued and starts in a moment.',
  RUNNING: 'Reading and checking the file…',
  SUCCEEDED: 'The import succeeded.',
  FAILED: 'The import failed: nothing was stored.',
  CANCELLED: 'The import was cancelled: nothing was stored.',
} as const;

/** Follows one import: its progress while it runs, then its report. */
export function ImportJobPanel({
  jobId,
  organizationId,
  canCancel,
  onFinished,
}: ImportJobPanelProps) {
  const { data, error, stopPolling } = useQuery(ImportJobDocument, {
    variables: { id: jobId },
    fetchPolicy: 'network-only',
    pollInterval: POLL_INTERVAL_MS,
  });
  const job = data?.importJob ?? null;
  const finished = job !== null && isFinished(job.status);

  // Report each job's end once, whatever the parent passes on re-renders.
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!finished || reported.current === jobId) return;
    reported.current = jobId;
    stopPolling();
    onFinished();
  }, [finished, jobId, onFinished, stopPolling]);

  if (!job) {
    return error ? (
      <ErrorBanner
        title="The import could not be followed"
        messages={[describeApiError(error)]}
      />
    ) : (
      <LoadingState label="Starting the import…" />
    );
  }
  return (
    <Card
      as="section"
      title={`${job.dryRun ? 'Dry run' : 'Import'}${job.fileName ? ` of ${job.fileName}` : ''}`}
      aside={<JobStatusBadge job={job} />}
      testId="import-job"
    >
      <p className="muted import-job__kind">{importKindLabel(job.kind)}</p>
      {finished ? (
        <ImportReport job={job} organizationId={organizationId} />
      ) : (
        <>
          <ImportProgressBlock
            label="Import progress"
            status={STATUS_SENTENCES[job.status]}
            progress={jobProgressState(job)}
          />
          {canCancel ? (
            <CancelImportButton jobId={job.id} fileName={job.fileName} />
          ) : null}
        </>
      )}
    </Card>
  );
}

function JobStatusBadge({ job }: { job: ImportJobFieldsFragment }) {
  return (
    <Badge tone={importStatusTone(job.status)} dot testId="import-status">
      {importStatusLabel(job.status)}
    </Badge>
  );
}
