import { join } from 'node:path';
import { ImportProcessor } from '../../../src/modules/imports/import-processor.service';
import { buildOrganization } from '../../support/fixtures';
import { waitForJob } from '../../support/imports';
import {
  killServerProcess,
  ServerProcess,
  startServerProcess,
} from '../../support/processes';
import { requestFile, uploadImport } from '../../support/request-files';
import { startTestApi, TestApi } from '../../support/test-api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A worker's clock may differ from the database's (another machine, no NTP):
// whether a RUNNING job is alive must not depend on it.
describe('import heartbeats', () => {
  let api: TestApi;
  let worker: ServerProcess | null = null;

  beforeAll(async () => {
    api = await startTestApi({ RUN_IMPORT_WORKER: 'false' });
  });
  afterAll(async () => {
    await killServerProcess(worker);
    await api.close();
  });

  it('a live import in a worker whose clock runs a minute slow is not taken for dead', async () => {
    const org = await buildOrganization(api);
    const { id } = await uploadImport(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      requestFile('SKEW', 300_000).csv,
    );
    worker = await startServerProcess(
      'worker',
      process.env.TEST_DATABASE_URL!,
      { CLOCK_SKEW_MS: String(-60_000) },
      [join(__dirname, '../../support/skewed-clock.ts')],
    );
    let status = 'QUEUED';
    for (let attempt = 0; attempt < 1200 && status === 'QUEUED'; attempt += 1) {
      await sleep(50);
      status = (
        await api.ok('query($id: ID!) { importJob(id: $id) { status } }', {
          id,
        })
      ).importJob.status;
    }
    expect(status).toBe('RUNNING');
    // The sweep another worker (here: the API's) runs every few seconds.
    expect(
      await api.running.app
        .get(ImportProcessor, { strict: false })
        .failInterrupted(),
    ).toBe(0);
    expect(await waitForJob(api, id, undefined, 1500)).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 300_000,
    });
  }, 180_000);
});
