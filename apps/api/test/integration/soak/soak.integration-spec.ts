import { Client } from 'pg';
import { buildOrganization } from '../../support/fixtures';
import {
  killServerProcess,
  ServerProcess,
  startServerProcess,
} from '../../support/processes';
import {
  GeneratedRequest,
  requestFile,
  uploadFile,
} from '../../support/request-files';
import {
  GraphQLResponse,
  TEST_ADMIN_TOKEN,
  TestApi,
} from '../../support/test-api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DATABASE_URL = process.env.TEST_DATABASE_URL!;
const API_ENV = {
  RUN_IMPORT_WORKER: 'false',
  IMPORT_MAX_ACTIVE_PER_ORGANIZATION: '20',
};
const FILES = 6;
const ROWS_PER_FILE = 10_000;
const METRICS =
  'query($id: ID!) { serviceMetrics(departmentId: $id, from: "2026-01-05", to: "2026-07-05", grain: WEEK) { periodStart total } }';

/**
 * quality.md "Concurrency" and issue 13 item 8, on loopback: two API
 * processes and a worker share one database; files are imported in parallel
 * through both APIs while the dashboard's figures are read through both; one
 * API is killed (SIGKILL) mid-way and started again. A client does what a
 * load balancer would: a request the dead API cannot answer goes to the
 * other. At the end the stored rows are exactly the files' — nothing lost,
 * nothing stored twice — and every read saw whole imports only.
 */
describe('soak: two APIs and a worker on one database', () => {
  const apis: (ServerProcess | null)[] = [null, null];
  let worker: ServerProcess | null = null;
  let db: Client;

  afterAll(async () => {
    for (const api of apis) await killServerProcess(api);
    await killServerProcess(worker);
    await db?.end();
  });

  /** Sends `request` to API `preferred`, or to the other when it cannot be reached; throws only if neither answers. */
  async function anyApi<T>(
    preferred: number,
    request: (url: string) => Promise<T>,
  ): Promise<T> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const api = apis[(preferred + attempt) % 2];
      if (
        api?.url &&
        api.child.exitCode === null &&
        api.child.signalCode === null
      ) {
        try {
          return await request(api.url);
        } catch (error) {
          lastError = error; // connection refused or reset: that API has just died
        }
      }
      await sleep(50);
    }
    throw lastError ?? new Error('no API answered');
  }

  const gql = (
    preferred: number,
    query: string,
    variables: Record<string, unknown> = {},
  ) =>
    anyApi(preferred, async (url) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${TEST_ADMIN_TOKEN}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse;
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data;
    });

  it('stores every file exactly once and serves whole imports while one API is killed and restarted', async () => {
    [apis[0], apis[1], worker] = await Promise.all([
      startServerProcess('api', DATABASE_URL, API_ENV),
      startServerProcess('api', DATABASE_URL, API_ENV),
      startServerProcess('worker', DATABASE_URL),
    ]);
    db = new Client({ connectionString: DATABASE_URL });
    await db.connect();
    const client = {
      ok: (query: string, variables?: Record<string, unknown>) =>
        gql(0, query, variables),
    } as unknown as TestApi;
    const org = await buildOrganization(client);
    const files = Array.from({ length: FILES }, (_, i) =>
      requestFile(`SOAK${i}`, ROWS_PER_FILE, i * ROWS_PER_FILE),
    );
    const itTotals = files.map(
      (file) => file.rows.filter((row) => row.department === 'IT').length,
    );

    // Reads through both APIs for as long as the imports run.
    const reads: number[] = [];
    let importing = true;
    const reading = (async () => {
      for (let n = 0; importing; n += 1) {
        const { serviceMetrics } = await gql(n % 2, METRICS, {
          id: org.departments.it,
        });
        reads.push(
          serviceMetrics.reduce(
            (sum: number, point: { total: number }) => sum + point.total,
            0,
          ),
        );
        await sleep(100);
      }
    })();

    // Each API uploads half the files, one after another; API 0 is killed after its first.
    const jobIds: string[][] = files.map(() => []);
    const upload = async (preferred: number, index: number) => {
      const body = await anyApi(preferred, async (url) => {
        const answer = await uploadFile(
          { url } as TestApi,
          { organizationId: org.id, kind: 'REQUESTS' },
          files[index].csv,
          `soak-${index}.csv`,
        );
        if (!answer.data) throw new Error(JSON.stringify(answer.errors));
        return answer.data;
      });
      jobIds[index].push(body.startImport.id);
    };
    let killed = false;
    const uploading = [0, 1].map(async (side) => {
      for (let index = side; index < FILES; index += 2) {
        await upload(side, index);
        if (side === 0 && !killed) {
          killed = true;
          await killServerProcess(apis[0]);
          apis[0] = await startServerProcess('api', DATABASE_URL, API_ENV);
        }
      }
    });
    await Promise.all(uploading);
    expect(killed).toBe(true);

    // Every recorded job ends SUCCEEDED (an upload whose answer was lost and was sent again runs twice, storing nothing new).
    const JOB =
      'query($id: ID!) { importJob(id: $id) { status message rowsStored rowsDuplicate } }';
    const finished = async (id: string) => {
      for (let attempt = 0; attempt < 1500; attempt += 1) {
        const { importJob } = await gql(attempt % 2, JOB, { id });
        if (importJob.status !== 'QUEUED' && importJob.status !== 'RUNNING')
          return importJob;
        await sleep(100);
      }
      throw new Error(`import ${id} did not finish`);
    };
    const results = await Promise.all(jobIds.flat().map(finished));
    importing = false;
    await reading;
    expect(results.filter((result) => result.status !== 'SUCCEEDED')).toEqual(
      [],
    );
    expect(jobIds.every((ids) => ids.length >= 1)).toBe(true);

    // Nothing lost, nothing twice: the stored rows are the files' rows.
    const all: GeneratedRequest[] = files.flatMap((file) => file.rows);
    const { rows } = await db.query(
      'SELECT count(*)::int AS stored, count(DISTINCT external_id)::int AS distinct_ids FROM request_fact WHERE organization_id = $1',
      [org.id],
    );
    expect(rows[0]).toEqual({
      stored: FILES * ROWS_PER_FILE,
      distinct_ids: FILES * ROWS_PER_FILE,
    });
    for (const [name, id] of Object.entries({
      IT: org.departments.it,
      HR: org.departments.hr,
      Finance: org.departments.finance,
    })) {
      const { serviceMetrics } = await gql(0, METRICS, { id });
      const total = serviceMetrics.reduce(
        (sum: number, point: { total: number }) => sum + point.total,
        0,
      );
      expect({ name, total }).toEqual({
        name,
        total: all.filter((row) => row.department === name).length,
      });
    }
    // Every read saw each import whole or not at all: its IT total is the sum of some of the files'.
    const possible = new Set<number>();
    for (let mask = 0; mask < 1 << FILES; mask += 1)
      possible.add(
        itTotals.reduce((sum, n, i) => sum + (mask & (1 << i) ? n : 0), 0),
      );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((total) => !possible.has(total))).toEqual([]);
  }, 300_000);
});
