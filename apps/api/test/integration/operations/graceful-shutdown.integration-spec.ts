import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '../../../src/config/env.schema';
import { startWorker } from '../../../src/worker';
import { buildOrganization } from '../../support/fixtures';
import { waitForJob } from '../../support/imports';
import {
  killServerProcess,
  ServerProcess,
  startServerProcess,
} from '../../support/processes';
import { requestFile, uploadImport } from '../../support/request-files';
import {
  startTestApi,
  TEST_IMPORT_STORAGE_DIR,
  TestApi,
} from '../../support/test-api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DATABASE_URL = process.env.TEST_DATABASE_URL!;

// quality.md "Operations": what an orchestrator's SIGTERM does to the API and the worker.
describe('SIGTERM', () => {
  let server: ServerProcess | null = null;
  afterEach(() => killServerProcess(server));

  it('the API drains: /health answers 503 while other requests are still served, then it exits cleanly', async () => {
    server = await startServerProcess('api', DATABASE_URL, {
      RUN_IMPORT_WORKER: 'false',
      SHUTDOWN_DRAIN_MS: '3000',
    });
    const url = server.url!;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    server.child.kill('SIGTERM');
    let health: { status: number; body: unknown } | null = null;
    for (
      let attempt = 0;
      attempt < 100 && health?.status !== 503;
      attempt += 1
    ) {
      const response = await fetch(`${url}/health`).catch(() => null);
      health = response
        ? { status: response.status, body: await response.json() }
        : null;
      if (health?.status !== 503) await sleep(20);
    }
    expect(health).toEqual({
      status: 503,
      body: { status: 'draining', database: 'not checked' },
    });
    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(graphql.status).toBe(200);
    expect(await server.exited).toBe(0);
  }, 120_000);

  describe('the worker', () => {
    let api: TestApi;
    let db: Client;
    let restarted: INestApplicationContext | null = null;
    beforeAll(async () => {
      api = await startTestApi({ RUN_IMPORT_WORKER: 'false' });
      db = new Client({ connectionString: DATABASE_URL });
      await db.connect();
    });
    afterAll(async () => {
      await restarted?.close();
      await db.end();
      await api.close();
    });

    it('hands a running import back to the queue: rolled back, QUEUED again, then run once by the next worker', async () => {
      const org = await buildOrganization(api);
      const { id } = await uploadImport(
        api,
        { organizationId: org.id, kind: 'REQUESTS' },
        requestFile('TERM', 300_000).csv,
      );
      server = await startServerProcess('worker', DATABASE_URL);
      const job = async () =>
        (
          await api.ok(
            'query($id: ID!) { importJob(id: $id) { status rowsStored message } }',
            { id },
          )
        ).importJob;
      let seen = await job();
      for (
        let attempt = 0;
        attempt < 1200 && seen.status === 'QUEUED';
        attempt += 1
      ) {
        await sleep(50);
        seen = await job();
      }
      expect(seen.status).toBe('RUNNING');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);

      expect(await job()).toMatchObject({ status: 'QUEUED' });
      const stored = await db.query(
        'SELECT count(*)::int AS n FROM request_fact WHERE organization_id = $1',
        [org.id],
      );
      expect(stored.rows[0].n).toBe(0);

      restarted = await startWorker(
        loadConfig({
          DATABASE_URL,
          IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
          LOG_LEVEL: 'silent',
        }),
      );
      expect(await waitForJob(api, id, undefined, 1500)).toMatchObject({
        status: 'SUCCEEDED',
        rowsStored: 300_000,
      });
      const after = await db.query(
        'SELECT count(*)::int AS n FROM request_fact WHERE organization_id = $1',
        [org.id],
      );
      expect(after.rows[0].n).toBe(300_000);
    }, 240_000);
  });
});
