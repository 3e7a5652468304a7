import { access } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { ApiClient, ApiError } from '../lib/api-client';
import { processTerminal, resolveApiToken } from '../lib/api-token';
import { formatImportReport, ImportJobReport } from '../lib/import-report';
import { multipartBody } from '../lib/multipart-upload';

const KINDS = { audit: 'AUDIT', requests: 'REQUESTS', metrics: 'METRICS' } as const;
const POLL_MS = 500;

const JOB_FIELDS = 'id status rowsRead rowsStored rowsDuplicate bytesRead bytesTotal errorCount message mappedToOther { field value count } errors { line column message value }';
const START_IMPORT = `mutation StartImport($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;
const IMPORT_JOB = `query ImportJob($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;

type Job = ImportJobReport & { bytesRead: number; bytesTotal: number | null };

export type ImportOptions = {
  org: string;
  kind: string;
  format: string;
  window?: string;
  createDepartments?: boolean;
  map?: string[];
  api: string;
  tokenFile?: string;
};

/** `2026-03-02..2026-03-15` → the two dates. */
export function parseWindow(window: string): { windowStart: string; windowEnd: string } {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(window.trim());
  if (!match) throw new UsageError(`--window must look like 2026-03-02..2026-03-15, got "${window}"`);
  return { windowStart: match[1], windowEnd: match[2] };
}

/** `Service Desk=IT` → a department mapping. */
export function parseMapping(entry: string): { source: string; department: string } {
  const at = entry.indexOf('=');
  if (at <= 0 || at === entry.length - 1) throw new UsageError(`--map must look like "Name in file=Department", got "${entry}"`);
  return { source: entry.slice(0, at).trim(), department: entry.slice(at + 1).trim() };
}

export class UsageError extends Error {}

/** Uploads the file, follows the job with a progress bar, prints the report; resolves to the exit code. */
export async function runImport(file: string, options: ImportOptions): Promise<number> {
  const kind = KINDS[options.kind.toLowerCase() as keyof typeof KINDS];
  if (!kind) throw new UsageError(`--kind must be one of ${Object.keys(KINDS).join(', ')}, got "${options.kind}"`);
  await access(file).catch(() => {
    throw new UsageError(`cannot read the file ${file}`);
  });
  const input = {
    organizationId: options.org,
    kind,
    format: options.format.toUpperCase(),
    ...(options.window ? parseWindow(options.window) : {}),
    createDepartments: Boolean(options.createDepartments),
    departmentMapping: (options.map ?? []).map(parseMapping),
    fileName: file.split('/').pop(),
    file: null,
  };
  const token = await resolveApiToken({ tokenFile: options.tokenFile, env: process.env, terminal: processTerminal });
  const client = new ApiClient(options.api, token);
  const bar = new SingleBar({ format: '{phase} [{bar}] {percentage}% | {value}/{total} bytes | {rows} rows', hideCursor: true });
  bar.start(1, 0, { phase: 'Uploading', rows: 0 });
  try {
    const upload = await multipartBody({
      query: START_IMPORT,
      variables: { input },
      filePath: file,
      fileVariable: 'input.file',
      onUploaded: (bytes, total) => {
        bar.setTotal(total);
        bar.update(bytes);
      },
    });
    let job = (await client.upload<{ startImport: Job }>(upload.body, upload.contentType, upload.contentLength)).startImport;
    bar.setTotal(Math.max(job.bytesTotal ?? upload.fileSize, 1));
    while (job.status === 'QUEUED' || job.status === 'RUNNING') {
      bar.update(job.bytesRead, { phase: job.status === 'QUEUED' ? 'Queued   ' : 'Importing', rows: job.rowsRead });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      job = (await client.query<{ importJob: Job }>(IMPORT_JOB, { id: job.id })).importJob;
    }
    bar.update(job.bytesRead, { phase: 'Done     ', rows: job.rowsRead });
    bar.stop();
    console.log(formatImportReport(job).join('\n'));
    return job.status === 'SUCCEEDED' ? 0 : 1;
  } catch (error) {
    bar.stop();
    if (error instanceof ApiError) {
      const fields = error.fields.map((field) => `\n  ${field.field}: ${field.message}`).join('');
      console.error(`The import was refused${error.code ? ` (${error.code})` : ''}: ${error.message}${fields}`);
      return 1;
    }
    throw error;
  }
}
