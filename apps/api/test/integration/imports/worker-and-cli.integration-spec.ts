import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '../../../src/config/env.schema';
import { startWorker } from '../../../src/worker';
import { buildMember, buildOrganization } from '../../support/fixtures';
import {
  SAMPLE_AUDIT,
  SAMPLE_WINDOW,
  sampleRows,
  startImport,
  waitForJob,
} from '../../support/imports';
import {
  startTestApi,
  TEST_IMPORT_STORAGE_DIR,
  TestApi,
} from '../../support/test-api';

const ROOT = join(__dirname, '../../../../..');

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'apps/cli/bin/esm-planner.js'), ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a stand-alone import worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext | null = null;
  beforeAll(
    async () => (api = await startTestApi({ RUN_IMPORT_WORKER: 'false' })),
  );
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('runs the jobs an API without a worker queues', async () => {
    const org = await buildOrganization(api);
    const { data } = await startImport(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['HR']),
      ...SAMPLE_WINDOW,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      (
        await api.ok('query($id: ID!) { importJob(id: $id) { status } }', {
          id: data.startImport.id,
        })
      ).importJob.status,
    ).toBe('QUEUED');
    worker = await startWorker(
      loadConfig({
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        LOG_LEVEL: 'silent',
        IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
      }),
    );
    expect(await waitForJob(api, data.startImport.id)).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 39,
    });
  });
});

describe('the esm-planner command line', () => {
  let api: TestApi;
  let token: string;
  let organizationId: string;
  beforeAll(async () => {
    api = await startTestApi();
    organizationId = (await buildOrganization(api)).id;
    const coe = await buildMember(api, organizationId, 'COE');
    token = (
      await api.ok(
        'mutation { createApiToken(name: "cli") { token } }',
        {},
        coe.token,
      )
    ).createApiToken.token;
  });
  afterAll(() => api.close());

  it('imports the sample audit with an API token, shows progress and prints the report', async () => {
    const result = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--kind',
        'audit',
        '--window',
        '2026-03-02..2026-03-15',
        '--create-departments',
        SAMPLE_AUDIT,
      ],
      { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: token },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Import [0-9a-f-]{36}: SUCCEEDED/);
    expect(result.stdout).toContain(
      'rows read 139, stored 139, unchanged (duplicates) 0',
    );
    expect(result.stdout).toContain(
      'Created 2 departments: LEGAL, FACILITIES.',
    );
  });

  it('exits non-zero and lists line and column for a broken file', async () => {
    const file = join(tmpdir(), `broken-${process.pid}.csv`);
    writeFileSync(
      file,
      'department,request_type,channel,count\nHR,Payslip,EMAIL,-4\n',
    );
    const result = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--kind',
        'audit',
        '--window',
        '2026-03-02..2026-03-15',
        file,
      ],
      {
        ESM_PLANNER_API: api.url,
        ESM_PLANNER_TOKEN: token,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAILED');
    expect(result.stdout).toMatch(/line 2, column 4: .*\("-4"\)/);
  });

  it('explains a refused request and a usage mistake', async () => {
    const refused = await runCli(
      ['import', '--org', organizationId, '--kind', 'audit', SAMPLE_AUDIT],
      { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: token },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('BAD_USER_INPUT');
    expect(refused.stderr).toContain('windowStart');
    const usage = await runCli(
      ['import', '--org', organizationId, '--kind', 'payroll', SAMPLE_AUDIT],
      { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: token },
    );
    expect(usage.code).toBe(2);
    const noToken = await runCli(
      ['import', '--org', organizationId, '--kind', 'audit', SAMPLE_AUDIT],
      { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: '' },
    );
    expect(noToken.stderr).toContain('API token');
  });

  it('is refused with a wrong token', async () => {
    const result = await runCli(
      ['import', '--org', organizationId, '--kind', 'metrics', SAMPLE_AUDIT],
      { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: 'esmp_wrong' },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('UNAUTHENTICATED');
  });
});
