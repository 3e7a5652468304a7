import { ApiClient, ApiError } from './api-client';
import { ImportJobReport } from './import-report';

/** The fields of an ImportJob the command line asks for. */
export const JOB_FIELDS =
  'id status fileName rowsRead rowsStored rowsDuplicate rowsSkipped dryRun skippedRowsUrl bytesRead bytesTotal errorCount message mappedToOther { field value count } errors { line column message value }';

export type ImportJob = ImportJobReport & {
  fileName: string | null;
  bytesRead: number;
  bytesTotal: number | null;
  skippedRowsUrl: string | null;
};

const IMPORT_JOB = `query ImportJob($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;
const CANCEL_IMPORT = `mutation CancelImport($id: ID!) { cancelImport(id: $id) { ${JOB_FIELDS} } }`;

export function isRunning(job: Pick<ImportJob, 'status'>): boolean {
  return job.status === 'QUEUED' || job.status === 'RUNNING';
}

export async function fetchJob(
  client: ApiClient,
  id: string,
): Promise<ImportJob> {
  const { importJob } = await client.query<{ importJob: ImportJob | null }>(
    IMPORT_JOB,
    { id },
  );
  if (!importJob) throw new ApiError(`import job not found`, 'NOT_FOUND');
  return importJob;
}

export async function cancelJob(
  client: ApiClient,
  id: string,
): Promise<ImportJob> {
  return (
    await client.query<{ cancelImport: ImportJob }>(CANCEL_IMPORT, { id })
  ).cancelImport;
}
