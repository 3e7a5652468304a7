import { access } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { ApiClient, ApiError } from '../lib/api-client';
import { processTerminal, resolveApiToken } from '../lib/api-token';
import { lookUpMapping } from '../lib/column-mappings';
import { cancelJob, fetchJob, ImportJob, isRunning } from '../lib/import-job';
import {
  parseKind,
  parseMapping,
  parseWindow,
  UsageError,
} from '../lib/import-options';
import { describeRefusal } from '../lib/import-refusal';
import { formatImportReport } from '../lib/import-report';
import {
  INTERRUPTED_EXIT_CODE,
  Interrupts,
  processInterrupts,
} from '../lib/interrupts';
import { downloadSkippedRows, skippedRowsPath } from '../lib/skipped-rows';
import { startImport } from '../lib/start-import';

const POLL_MS = 500;

export type ImportOptions = {
  org?: string;
  kind?: string;
  format: string;
  window?: string;
  createDepartments?: boolean;
  map?: string[];
  mapping?: string;
  skipInvalid?: boolean;
  skippedRows?: string;
  dryRun?: boolean;
  cancel?: string;
  api: string;
  tokenFile?: string;
};

/** A client with the token from --token-file, ESM_PLANNER_TOKEN or a prompt (never an argument). */
async function clientFor(options: ImportOptions): Promise<ApiClient> {
  const token = await resolveApiToken({
    tokenFile: options.tokenFile,
    env: process.env,
    terminal: processTerminal,
  });
  return new ApiClient(options.api, token);
}

/** `import FILE …` uploads and follows an import; `import --cancel JOB` cancels one. Resolves to the exit code. */
export async function runImport(
  file: string | undefined,
  options: ImportOptions,
  interrupts: Interrupts = processInterrupts,
): Promise<number> {
  if (options.cancel) {
    if (file) throw new UsageError('--cancel takes a job id, not a file');
    return runCancel(await clientFor(options), options.cancel);
  }
  if (!file) throw new UsageError('name the file to import (or --cancel JOB)');
  if (!options.org)
    throw new UsageError('--org is needed: the organisation id');
  if (!options.mapping) parseKind(options.kind);
  await access(file).catch(() => {
    throw new UsageError(`cannot read the file ${file}`);
  });
  const client = await clientFor(options);
  const mapping = options.mapping
    ? await lookUpMapping(client, options.org, options.mapping)
    : null;
  // A mapping knows its kind; --kind may still say it, but not differently.
  const kind =
    mapping && !options.kind ? mapping.kind : parseKind(options.kind);
  if (mapping && kind !== mapping.kind)
    throw new UsageError(
      `the mapping "${mapping.name}" reads ${mapping.kind.toLowerCase()}, not ${kind.toLowerCase()}`,
    );
  const input = {
    organizationId: options.org,
    kind,
    ...(mapping ? { mappingId: mapping.id } : {}),
    invalidRows: options.skipInvalid ? 'SKIP' : 'FAIL',
    dryRun: Boolean(options.dryRun),
    format: options.format.toUpperCase(),
    ...(options.window ? parseWindow(options.window) : {}),
    createDepartments: Boolean(options.createDepartments),
    departmentMapping: (options.map ?? []).map(parseMapping),
    fileName: file.split('/').pop(),
    file: null,
  };
  const code = await uploadAndFollow(client, file, input, interrupts);
  return typeof code === 'number'
    ? code
    : saveSkippedRows(client, code, skippedRowsPath(file, options.skippedRows));
}

/** The finished job's full list of skipped rows, written next to the input (or where --skipped-rows says). */
async function saveSkippedRows(
  client: ApiClient,
  job: ImportJob,
  path: string,
): Promise<number> {
  const exitCode = job.status === 'SUCCEEDED' ? 0 : 1;
  if (!job.rowsSkipped || !job.skippedRowsUrl) return exitCode;
  try {
    await downloadSkippedRows(client, job.skippedRowsUrl, path);
    console.log(
      `  The ${job.rowsSkipped === 1 ? 'skipped row is' : `${job.rowsSkipped} skipped rows are`} listed in ${path}`,
    );
    return exitCode;
  } catch (error) {
    console.error(
      `The skipped rows could not be saved to ${path}: ${(error as Error).message}`,
    );
    return 1;
  }
}

async function runCancel(client: ApiClient, jobId: string): Promise<number> {
  try {
    const job = await cancelJob(client, jobId);
    console.log(formatImportReport(job).join('\n'));
    return 0;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    console.error(
      `The import could not be cancelled${error.code ? ` (${error.code})` : ''}: ${error.message}`,
    );
    return 1;
  }
}

/**
 * Streams the file up, then polls the job with a progress bar. Ctrl-C stops
 * the upload, or asks the server to cancel the running import and waits for
 * it to say CANCELLED; a second Ctrl-C stops waiting.
 */
async function uploadAndFollow(
  client: ApiClient,
  file: string,
  input: Record<string, unknown>,
  interrupts: Interrupts,
): Promise<number | ImportJob> {
  const bar = new SingleBar({
    format:
      '{phase} [{bar}] {percentage}% | {value}/{total} bytes | {rows} rows',
    hideCursor: true,
  });
  const upload = new AbortController();
  let job: ImportJob | null = null;
  let interrupted = 0;
  const onInterrupt = () => {
    interrupted += 1;
    if (!job) return upload.abort();
    if (interrupted > 1) return;
    bar.stop();
    console.error(
      `\nCancelling import ${job.id}… (Ctrl-C again to stop waiting)`,
    );
    cancelJob(client, job.id).catch((error: Error) =>
      console.error(`The import could not be cancelled: ${error.message}`),
    );
  };
  interrupts.on(onInterrupt);
  bar.start(1, 0, { phase: 'Uploading', rows: 0 });
  try {
    const started = await startImport({
      client,
      file,
      input,
      signal: upload.signal,
      onUploaded: (bytes, total) => {
        bar.setTotal(total);
        bar.update(bytes);
      },
    });
    job = started.job;
    bar.setTotal(Math.max(job.bytesTotal ?? started.fileSize, 1));
    while (isRunning(job) && interrupted < 2) {
      bar.update(job.bytesRead, {
        phase: job.status === 'QUEUED' ? 'Queued   ' : 'Importing',
        rows: job.rowsRead,
      });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      job = await fetchJob(client, job.id);
    }
    bar.update(job.bytesRead, { phase: 'Done     ', rows: job.rowsRead });
    bar.stop();
    if (isRunning(job)) {
      console.error(
        `Stopped waiting; import ${job.id} is ${job.status.toLowerCase()} on the server.`,
      );
      return INTERRUPTED_EXIT_CODE;
    }
    console.log(formatImportReport(job).join('\n'));
    if (job.status === 'CANCELLED' && interrupted > 0)
      return INTERRUPTED_EXIT_CODE;
    return job.status === 'SUCCEEDED' ? job : 1;
  } catch (error) {
    bar.stop();
    if (upload.signal.aborted) {
      console.error('\nUpload stopped: nothing was imported.');
      return INTERRUPTED_EXIT_CODE;
    }
    if (error instanceof ApiError) {
      console.error(describeRefusal(error));
      return 1;
    }
    throw error;
  } finally {
    interrupts.off(onInterrupt);
  }
}
