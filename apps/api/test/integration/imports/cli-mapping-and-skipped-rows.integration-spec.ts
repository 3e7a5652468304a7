import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMember, buildOrganization } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';

const ROOT = join(__dirname, '../../../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';
// Line 3 is resolved before it opened (column 7), line 5 has no readable time (column 5).
const FILE = [
  HEADER,
  'S1,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,',
  'S2,HR,Leave,EMAIL,2026-03-02T09:00:00Z,,2026-03-01T09:00:00Z,,,,',
  'S3,IT,Laptop,PORTAL,2026-03-03T10:00:00Z,,2026-03-03T11:00:00Z,AGENT,true,false,12',
  'S4,HR,Leave,EMAIL,yesterday,,,,,,',
].join('\n');

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

describe('esm-planner import --skip-invalid and --mapping', () => {
  let api: TestApi;
  let env: Record<string, string>;
  let organizationId: string;
  const dir = mkdtempSync(join(tmpdir(), 'cli-skipped-'));

  beforeAll(async () => {
    api = await startTestApi();
    organizationId = (await buildOrganization(api)).id;
    const coe = await buildMember(api, organizationId, 'COE');
    const token = (
      await api.ok(
        'mutation { createApiToken(name: "cli") { token } }',
        {},
        coe.token,
      )
    ).createApiToken.token;
    env = { ESM_PLANNER_API: api.url, ESM_PLANNER_TOKEN: token };
  });
  afterAll(() => api.close());

  it('stores the valid rows, reports the skipped ones and saves their list next to the file', async () => {
    const file = join(dir, 'requests.csv');
    writeFileSync(file, FILE);
    const result = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--kind',
        'requests',
        '--skip-invalid',
        file,
      ],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'rows read 4, stored 2, unchanged (duplicates) 0, skipped (invalid) 2',
    );
    expect(result.stdout).toMatch(
      /Problems of the skipped rows:\n {4}line 3, column 7: .*\n {4}line 5, column 5: /,
    );
    const saved = join(dir, 'requests.skipped.csv');
    expect(result.stdout).toContain(
      `The 2 skipped rows are listed in ${saved}`,
    );
    const lines = readFileSync(saved, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('line,column,message,value');
    expect(
      lines.slice(1).map((line) => line.split(',').slice(0, 2).join(',')),
    ).toEqual(['3,7', '5,5']);
  });

  it('writes the list where --skipped-rows says, and nothing when no row was skipped', async () => {
    const file = join(dir, 'again.csv');
    writeFileSync(file, FILE.replace(/S(\d)/g, 'T$1'));
    const chosen = join(dir, 'chosen.csv');
    const skipped = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--kind',
        'requests',
        '--skip-invalid',
        '--skipped-rows',
        chosen,
        file,
      ],
      env,
    );
    expect(skipped.code).toBe(0);
    expect(readFileSync(chosen, 'utf8')).toContain('line,column,message,value');
    expect(existsSync(join(dir, 'again.skipped.csv'))).toBe(false);

    const clean = join(dir, 'clean.csv');
    writeFileSync(
      clean,
      [HEADER, 'U1,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,'].join('\n'),
    );
    const result = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--kind',
        'requests',
        '--skip-invalid',
        clean,
      ],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('skipped');
    expect(existsSync(join(dir, 'clean.skipped.csv'))).toBe(false);
  });

  it('without --skip-invalid fails the file as before, and --dry-run stores nothing', async () => {
    const file = join(dir, 'strict.csv');
    writeFileSync(file, FILE.replace(/S(\d)/g, 'V$1'));
    const strict = await runCli(
      ['import', '--org', organizationId, '--kind', 'requests', file],
      env,
    );
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('FAILED');
    const dry = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--kind',
        'requests',
        '--skip-invalid',
        '--dry-run',
        file,
      ],
      env,
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('SUCCEEDED (dry run: nothing was stored)');
    expect(dry.stdout).toContain('would store 2');
    const { importJobs } = await api.ok(
      'query($id: ID!) { importJobs(organizationId: $id) { rowsStored dryRun } }',
      { id: organizationId },
    );
    expect(importJobs[0]).toEqual({ rowsStored: 2, dryRun: true });
  });

  it('reads a file through a saved mapping found by name, and lists the mappings for an unknown name', async () => {
    const mapping = JSON.parse(
      readFileSync(
        join(FIXTURES, 'facilities-work-orders.mapping.json'),
        'utf8',
      ),
    );
    await api.ok(
      'mutation($input: ColumnMappingInput!) { saveColumnMapping(input: $input) { id } }',
      { input: { ...mapping, organizationId } },
    );
    // A copy outside the repository: the skipped rows are written next to it.
    const file = join(dir, 'facilities-work-orders.csv');
    copyFileSync(join(FIXTURES, 'facilities-work-orders.csv'), file);

    const unknown = await runCli(
      ['import', '--org', organizationId, '--mapping', 'Facilities', file],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no column mapping named "Facilities"');
    expect(unknown.stderr).toContain('\n  Facilities work orders');
    expect(unknown.stderr).toContain('\n  ServiceNow');

    const result = await runCli(
      [
        'import',
        '--org',
        organizationId,
        '--mapping',
        'facilities WORK orders',
        '--skip-invalid',
        '--create-departments',
        file,
      ],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Four work orders close before they open (lines 15, 1012, 2009 and 3006 of the file).
    expect(result.stdout).toContain(
      'rows read 4000, stored 3996, unchanged (duplicates) 0, skipped (invalid) 4',
    );
    const lines = readFileSync(
      join(dir, 'facilities-work-orders.skipped.csv'),
      'utf8',
    )
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual([
      15, 1012, 2009, 3006,
    ]);
    const { importJobs } = await api.ok(
      'query($id: ID!) { importJobs(organizationId: $id, limit: 1) { kind rowsStored } }',
      { id: organizationId },
    );
    expect(importJobs[0]).toEqual({ kind: 'REQUESTS', rowsStored: 3996 });
  }, 60_000);
});
