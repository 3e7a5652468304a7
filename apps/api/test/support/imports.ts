import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi } from './test-api';

/** The sample files, copied into the repository (tests/fixtures/README.md). */
export const FIXTURES = join(__dirname, '../../../../tests/fixtures');
export const SAMPLE_AUDIT = join(FIXTURES, 'audit-2026-03-02_2026-03-15.csv');
export const SAMPLE_METRICS = join(FIXTURES, 'weekly-metrics-2026H1.csv');
export const SAMPLE_WINDOW = {
  windowStart: '2026-03-02',
  windowEnd: '2026-03-15',
};

export const JOB_FIELDS = `id status kind format fileName mappingId mappingName rowsRead rowsStored rowsDuplicate rowsSkipped invalidRows dryRun skippedRowsUrl bytesRead bytesTotal errorCount message
  windowStart windowEnd mappedToOther { field value count } errors { line column message value } startedAt finishedAt`;

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;

export function readSample(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Polls until the job has finished (every 100 ms, `attempts` times). */
export async function waitForJob(
  api: TestApi,
  id: string,
  token?: string | null,
  attempts = 200,
): Promise<any> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const { importJob } = await api.ok(JOB, { id }, token);
    if (importJob.status === 'SUCCEEDED' || importJob.status === 'FAILED')
      return importJob;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

/** startImport with the file as text, then the finished job. */
export async function importText(
  api: TestApi,
  input: Record<string, unknown>,
  token?: string | null,
  attempts?: number,
): Promise<any> {
  const { startImport } = await api.ok(
    START,
    { input: { format: 'GENERIC', ...input } },
    token,
  );
  return waitForJob(api, startImport.id, token, attempts);
}

export function startImport(
  api: TestApi,
  input: Record<string, unknown>,
  token?: string | null,
) {
  return api.gql(START, { input: { format: 'GENERIC', ...input } }, token);
}

/** The sample file's rows for some departments, as the file would hold them. */
export function sampleRows(departments: string[]): string {
  const [header, ...rows] = readSample(SAMPLE_AUDIT).trim().split('\n');
  return (
    [
      header,
      ...rows.filter((row) => departments.includes(row.split(',')[0])),
    ].join('\n') + '\n'
  );
}

export const SAMPLE_REQUESTS = join(FIXTURES, 'requests-2026H1.csv');
