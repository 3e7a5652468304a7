import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildMember, buildOrganization } from '../../support/fixtures';
import { requestFile } from '../../support/request-files';
import { startTestApi, TestApi } from '../../support/test-api';

const ROOT = join(__dirname, '../../../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'apps/cli/bin/esm-planner.js'), ...args],
    { cwd: ROOT, env: { ...process.env, ...env } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

describe('esm-planner import: cancelling', () => {
  let api: TestApi;
  let db: Client;
  let token: string;
  let organizationId: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    organizationId = (await buildOrganization(api)).id;
    const coe = await buildMember(api, organizationId, 'COE');
    token = (
      await api.ok(
        'mutation { createApiToken(name: "cli") { token } }',
        {},
        coe.token,
      )
    ).createApiToken.token;
    env = { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: token };
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const jobs = () =>
    api
      .ok(
        'query($id: ID!) { importJobs(organizationId: $id) { id status rowsStored } }',
        { id: organizationId },
      )
      .then((data) => data.importJobs);

  it('Ctrl-C during an import asks the server to cancel it, waits for CANCELLED and exits 130', async () => {
    const file = join(tmpdir(), `cli-cancel-${process.pid}.csv`);
    writeFileSync(file, requestFile('CTRLC', 400).csv);
    // The import waits at its merge for this lock: RUNNING for as long as the test needs.
    const blocker = new Client({
      connectionString: process.env.TEST_DATABASE_URL,
    });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE request_fact IN EXCLUSIVE MODE');
    try {
      const cli = startCli(
        ['import', '--org', organizationId, '--kind', 'requests', file],
        env,
      );
      let running: { id: string } | undefined;
      for (let attempt = 0; attempt < 400 && !running; attempt += 1) {
        await sleep(50);
        running = (await jobs()).find(
          (job: { status: string }) => job.status === 'RUNNING',
        );
      }
      expect(running).toBeDefined();
      cli.child.kill('SIGINT');
      const result = await cli.done;
      expect(result.stderr).toContain(`Cancelling import ${running!.id}`);
      expect(result.stdout).toContain(`Import ${running!.id}: CANCELLED`);
      expect(result.stdout).toContain('nothing was stored');
      expect(result.code).toBe(130);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM request_fact WHERE organization_id = $1',
      [organizationId],
    );
    expect(rows[0].n).toBe(0);
  }, 60_000);

  it('--cancel JOB cancels a queued import, and explains why a finished one cannot be', async () => {
    // The in-process worker is busy behind a lock, so the next job stays QUEUED.
    const blocker = new Client({
      connectionString: process.env.TEST_DATABASE_URL,
    });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE request_fact IN EXCLUSIVE MODE');
    let first: string;
    let second: string;
    try {
      const start = (prefix: string) =>
        api
          .ok(
            'mutation($input: StartImportInput!) { startImport(input: $input) { id } }',
            {
              input: {
                organizationId,
                kind: 'REQUESTS',
                csv: requestFile(prefix, 20).csv,
              },
            },
          )
          .then((data) => data.startImport.id as string);
      first = await start('BUSY');
      second = await start('QUEUED');
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const seen = await jobs();
        if (
          seen.find((job: { id: string; status: string }) => job.id === first)
            ?.status === 'RUNNING'
        )
          break;
        await sleep(50);
      }
      const cancelled = await startCli(['import', '--cancel', second], env)
        .done;
      expect(cancelled.code).toBe(0);
      expect(cancelled.stdout).toContain(`Import ${second}: CANCELLED`);
      expect(cancelled.stdout).toContain(
        'Cancelled before it started: nothing was stored.',
      );
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (
        (await jobs()).find((job: { id: string }) => job.id === first)
          ?.status === 'SUCCEEDED'
      )
        break;
      await sleep(50);
    }
    const refused = await startCli(['import', '--cancel', first], env).done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('CONFLICT');
    expect(refused.stderr).toContain('already succeeded');
    const usage = await startCli(['import', '--cancel', first, 'file.csv'], env)
      .done;
    expect(usage.code).toBe(2);
  }, 60_000);
});
