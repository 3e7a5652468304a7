import { GraphQLResponse, TestApi, TEST_ADMIN_TOKEN } from './test-api';
import { JOB_FIELDS } from './imports';

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';
const DEPARTMENTS = ['IT', 'HR', 'Finance'];
const RESOLUTIONS = ['DEFLECTED', 'NO_TOUCH', 'AGENT', 'AGENT', 'UNRESOLVED'];
const START = Date.UTC(2026, 0, 5); // Monday 5 January 2026
const MINUTES_IN_26_WEEKS = 26 * 7 * 24 * 60;

export type GeneratedRequest = {
  department: string;
  weekStart: string;
  resolution: string;
};

/**
 * A deterministic request file: `count` rows with ids `${prefix}-n`, spread
 * over 26 weeks from 2026-01-05 (UTC). Returns the CSV and the rows' facts,
 * so tests count what to expect without the code under test.
 */
export function requestFile(
  prefix: string,
  count: number,
  offset = 0,
): { csv: string; rows: GeneratedRequest[] } {
  const lines = [HEADER];
  const rows: GeneratedRequest[] = [];
  for (let n = 0; n < count; n += 1) {
    const i = n + offset;
    const department = DEPARTMENTS[i % 3];
    const openedMs = START + ((i * 7919) % MINUTES_IN_26_WEEKS) * 60_000;
    const resolution = RESOLUTIONS[i % 5];
    const resolved =
      resolution === 'UNRESOLVED'
        ? ''
        : new Date(openedMs + ((i % 48) + 1) * 3_600_000).toISOString();
    lines.push(
      `${prefix}-${n},${department},Type ${i % 7},${['EMAIL', 'PORTAL', 'CHAT'][i % 3]},${new Date(openedMs).toISOString()},,${resolved},${resolution},${i % 2 === 0},false,${(i % 30) + 1}`,
    );
    const week = new Date(
      START +
        Math.floor((openedMs - START) / (7 * 86_400_000)) * 7 * 86_400_000,
    )
      .toISOString()
      .slice(0, 10);
    rows.push({ department, weekStart: week, resolution });
  }
  return { csv: `${lines.join('\n')}\n`, rows };
}

const START_IMPORT = `mutation($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;

/** startImport as a streamed multipart upload (what the dashboard and the CLI send): the whole answer. */
export async function uploadFile(
  api: TestApi,
  input: Record<string, unknown>,
  bytes: string | Buffer,
  fileName: string,
): Promise<GraphQLResponse> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: START_IMPORT,
      variables: { input: { format: 'GENERIC', ...input, file: null } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([bytes]), fileName);
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TEST_ADMIN_TOKEN}`,
      'apollo-require-preflight': 'true',
    },
    body: form,
  });
  return (await response.json()) as GraphQLResponse;
}

/** The same, failing on any error: the started job. */
export async function uploadImport(
  api: TestApi,
  input: Record<string, unknown>,
  csv: string,
  fileName = 'requests.csv',
): Promise<{ id: string }> {
  const body = await uploadFile(api, input, csv, fileName);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.startImport;
}
