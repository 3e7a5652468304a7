import { Client } from 'pg';
import { join } from 'node:path';
import { buildOrganization } from '../../support/fixtures';
import {
  FIXTURES,
  importText,
  readSample,
  startImport,
} from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const SERVICENOW_SAMPLE = join(
  FIXTURES,
  'servicenow-incident-event-log-sample.csv',
);

describe('source-system exports (data-formats §4)', () => {
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const facts = async (organizationId: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS incidents,
              count(*) FILTER (WHERE resolution = 'DEFLECTED')::int AS deflected,
              count(*) FILTER (WHERE resolution = 'AGENT')::int AS agent,
              count(*) FILTER (WHERE reopened)::int AS reopened,
              count(*) FILTER (WHERE sla_met)::int AS sla_met,
              count(DISTINCT department_id)::int AS departments
       FROM request_fact WHERE organization_id = $1 AND source = 'SERVICENOW'`,
        [organizationId],
      )
    ).rows[0];

  it('imports the real ServiceNow event log: one incident per number, its latest update kept', async () => {
    const org = await buildOrganization(api);
    const csv = readSample(SERVICENOW_SAMPLE);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      format: 'SERVICENOW',
      csv,
      createDepartments: true,
      departmentMapping: [{ source: 'Group 70', department: 'IT' }],
    });
    // Counted independently with Python (see servicenow.sample-file.spec.ts):
    // 3,000 rows of 447 incidents; 231 deflected, 216 worked by an agent,
    // 5 reopened, 294 within SLA; 46 assignment groups.
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 3000,
      rowsStored: 447,
      rowsDuplicate: 2553,
    });
    expect(await facts(org.id)).toEqual({
      incidents: 447,
      deflected: 231,
      agent: 216,
      reopened: 5,
      sla_met: 294,
      departments: 46,
    });
    // Departments come from the kept versions only: 45 groups besides Group 70
    // are created, none for groups that only earlier updates named.
    expect(job.message).toContain('Created 45 departments');
    const { rows: empty } = await db.query(
      `SELECT d.name FROM department d WHERE d.organization_id = $1 AND NOT EXISTS (SELECT 1 FROM request_fact r WHERE r.department_id = d.id) AND d.name NOT IN ('HR', 'Finance')`,
      [org.id],
    );
    expect(empty).toEqual([]);
    // Group 70 went to the existing IT department (85 incidents), not to a new "Group 70".
    const { rows } = await db.query(
      `SELECT d.name, count(*)::int AS n FROM request_fact r JOIN department d ON d.id = r.department_id
       WHERE r.organization_id = $1 AND d.name IN ('IT', 'Group 70') GROUP BY d.name`,
      [org.id],
    );
    expect(rows).toEqual([{ name: 'IT', n: 85 }]);
    // INC0000045's last update (sys_mod_count 4): closed 5/3/2016 12:00, resolved 29/2/2016 11:29 (day first).
    const {
      rows: [incident],
    } = await db.query(
      `SELECT to_char(resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS resolved FROM request_fact WHERE organization_id = $1 AND external_id = 'INC0000045'`,
      [org.id],
    );
    expect(incident.resolved).toBe('2016-02-29 11:29');

    const again = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      format: 'SERVICENOW',
      csv,
      createDepartments: true,
      departmentMapping: [{ source: 'Group 70', department: 'IT' }],
    });
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 3000,
      rowsStored: 0,
    });
  });

  it('names unknown groups without createDepartments, and stores nothing', async () => {
    const org = await buildOrganization(api);
    const csv =
      'number,opened_at,contact_type,category,assignment_group,knowledge,reassignment_count,resolved_at\nINC1,1/3/2026 09:00,Email,Access,Service Desk,true,0,1/3/2026 10:00\nINC2,1/3/2026 09:00,Email,Access,Payroll Team,false,0,?\n';
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      format: 'SERVICENOW',
      csv,
      departmentMapping: [{ source: 'Service Desk', department: 'IT' }],
    });
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        value: 'Payroll Team',
        message: expect.stringContaining('unknown department "Payroll Team"'),
      }),
    ]);
    expect(await facts(org.id)).toMatchObject({ incidents: 0 });
  });

  it('reads a Jira Service Management export with its project as department', async () => {
    const org = await buildOrganization(api);
    const csv = [
      'Summary,Issue key,Project name,Created,Resolved,Request Type,Request channel,Resolution',
      'Laptop,ITSD-1,IT,12/Mar/26 9:05 AM,12/Mar/26 1:35 PM,Get IT help,email,Done',
      'Reset,ITSD-2,IT,12/Mar/26 9:10 AM,12/Mar/26 9:11 AM,Password reset,portal,Resolved by automation',
      'Open,ITSD-3,IT,12/Mar/26 9:20 AM,,Get IT help,jira,',
    ].join('\n');
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      format: 'JSM',
      csv,
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 3,
      rowsStored: 3,
      mappedToOther: [{ field: 'channel', value: 'jira', count: 1 }],
    });
    const { rows } = await db.query(
      `SELECT external_id, channel, resolution FROM request_fact WHERE organization_id = $1 ORDER BY external_id`,
      [org.id],
    );
    expect(rows).toEqual([
      { external_id: 'ITSD-1', channel: 'EMAIL', resolution: 'AGENT' },
      { external_id: 'ITSD-2', channel: 'PORTAL', resolution: 'NO_TOUCH' },
      { external_id: 'ITSD-3', channel: 'OTHER', resolution: 'UNRESOLVED' },
    ]);
  });

  it('says which columns a Freshservice file lacks', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      format: 'FRESHSERVICE',
      csv: 'Ticket Id,Subject,Group\n1,Hello,IT\n',
    });
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({
      line: 1,
      column: null,
      message: expect.stringMatching(
        /not a Freshservice ticket export: missing columns Created Date, Source, Category; the header has Ticket Id, Subject, Group/,
      ),
    });
  });

  it('refuses a vendor format for an audit', async () => {
    const org = await buildOrganization(api);
    const response = await startImport(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      format: 'SERVICENOW',
      csv: 'x\n1\n',
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
