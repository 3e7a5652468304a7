import type { ApiClient } from './api-client';
import { JOB_FIELDS, type ImportJob } from './import-job';
import { multipartBody } from './multipart-upload';

const START_IMPORT = `mutation StartImport($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;

/**
 * Streams the file up as the `startImport` mutation's upload (GraphQL
 * multipart request) and answers the job the server queued, with the file's
 * size for a server that does not report the bytes to read.
 */
export async function startImport({
  client,
  file,
  input,
  signal,
  onUploaded,
}: {
  client: ApiClient;
  file: string;
  input: Record<string, unknown>;
  signal: AbortSignal;
  onUploaded: (bytes: number, total: number) => void;
}): Promise<{ job: ImportJob; fileSize: number }> {
  const body = await multipartBody({
    query: START_IMPORT,
    variables: { input },
    filePath: file,
    fileVariable: 'input.file',
    onUploaded,
  });
  const { startImport: job } = await client.upload<{
    startImport: ImportJob;
  }>(body.body, body.contentType, body.contentLength, signal);
  return { job, fileSize: body.fileSize };
}
