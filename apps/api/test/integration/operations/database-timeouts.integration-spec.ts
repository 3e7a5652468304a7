import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../../src/config/env.schema';
import { startWorker } from '../../../src/worker';
import { buildOrganization } from '../../support/fixtures';
import { waitForJob } from '../../support/imports';
import { requestFile, uploadImport } from '../../support/request-files';
import { startTcpProxy, TcpProxy } from '../../support/tcp-proxy';
import {
  startTestApi,
  TEST_IMPORT_STORAGE_DIR,
  TestApi,
} from '../../support/test-api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('database timeouts (docs/security.md "Operations")', () => {
  describe('the pool', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({
        RUN_IMPORT_WORKER: 'false',
        DATABASE_STATEMENT_TIMEOUT_MS: '500',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '500',
      });
    });
    afterAll(() => api.close());

    it('has the server cancel a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS', async () => {
      await expect(
        api.running.app.get(DataSource).query('SELECT pg_sleep(5)'),
      ).rejects.toThrow(/statement timeout/);
    });

    it('has the server end a transaction left idle past DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', async () => {
      const dataSource = api.running.app.get(DataSource);
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        const [{ pid }] = await runner.query('SELECT pg_backend_pid() AS pid');
        await sleep(1_500);
        // The server ended the session (its locks and snapshot with it); the pool has dropped the connection.
        const [{ alive }] = await dataSource.query(
          'SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1',
          [pid],
        );
        expect(alive).toBe(0);
        await expect(runner.query('SELECT 1')).rejects.toThrow();
      } finally {
        await runner.release().catch(() => undefined);
      }
    });
  });

  it('lets an import run statements longer than the pool allows (its transaction sets JOB_STATEMENT_TIMEOUT_MS)', async () => {
    const api = await startTestApi({ RUN_IMPORT_WORKER: 'false' });
    let worker: INestApplicationContext | null = null;
    try {
      const org = await buildOrganization(api);
      // Copying 150,000 rows in takes well over 300 ms: with the pool's limit it would be cancelled.
      const { id } = await uploadImport(
        api,
        { organizationId: org.id, kind: 'REQUESTS' },
        requestFile('LONG', 150_000).csv,
      );
      worker = await startWorker(
        loadConfig({
          DATABASE_URL: process.env.TEST_DATABASE_URL!,
          IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
          LOG_LEVEL: 'silent',
          DATABASE_STATEMENT_TIMEOUT_MS: '300',
        }),
      );
      expect(await waitForJob(api, id, undefined, 1500)).toMatchObject({
        status: 'SUCCEEDED',
        rowsStored: 150_000,
      });
    } finally {
      await worker?.close();
      await api.close();
    }
  }, 180_000);

  describe('/health', () => {
    let proxy: TcpProxy;
    let api: TestApi;
    beforeAll(async () => {
      proxy = await startTcpProxy(process.env.TEST_DATABASE_URL!);
      api = await startTestApi({
        RUN_IMPORT_WORKER: 'false',
        DATABASE_URL: proxy.url,
      });
    });
    afterAll(async () => {
      proxy.thaw();
      await proxy.close();
      await api.close().catch(() => undefined);
    });

    const health = async () => {
      // Without an answer in 5 s the request is given up: that is the failure this guards against.
      const response = await fetch(`${api.url}/health`, {
        signal: AbortSignal.timeout(5_000),
      });
      return { status: response.status, body: await response.json() };
    };

    it('answers 503 at once while the database does not answer, and 200 again once it does', async () => {
      expect(await health()).toEqual({
        status: 200,
        body: { status: 'ok', database: 'up' },
      });
      proxy.freeze();
      for (let poll = 0; poll < 3; poll += 1)
        expect(await health()).toEqual({
          status: 503,
          body: { status: 'degraded', database: 'down' },
        });
      proxy.thaw();
      let answer = await health();
      for (
        let attempt = 0;
        attempt < 100 && answer.status !== 200;
        attempt += 1
      ) {
        await sleep(100);
        answer = await health();
      }
      expect(answer).toEqual({
        status: 200,
        body: { status: 'ok', database: 'up' },
      });
    }, 60_000);
  });
});
