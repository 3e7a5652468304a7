import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
} from '../../support/fixtures';
import { importText, SAMPLE_WINDOW } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';
const METRICS = `query($departmentId: ID!) { serviceMetrics(departmentId: $departmentId, from: "2026-03-02", to: "2026-03-15", grain: WEEK) { periodStart total } }`;
const BASELINE = `query($departmentId: ID!) { baseline(departmentId: $departmentId) { totalRequests } }`;

/** `n` requests of `department`, ids `prefix`1…n, opened on Monday 2026-03-02. */
function requests(
  department: string,
  prefix: string,
  n: number,
  from = 1,
): string {
  const rows = [HEADER];
  for (let i = from; i < from + n; i += 1)
    rows.push(
      `${prefix}${i},${department},Laptop,EMAIL,2026-03-02T09:${String(i % 60).padStart(2, '0')}:00Z,,,,,,`,
    );
  return `${rows.join('\n')}\n`;
}

/**
 * Scoped writes (quality.md, issue 13): a department head's import never
 * creates, moves or changes another department's records. The security
 * review's reproduction: IT has 50 tickets; the HR head imports 50 rows
 * with IT's external ids and department HR. Before the fix the merge's
 * ON CONFLICT … DO UPDATE SET department_id moved them: IT's week went
 * from 50 to 0 and HR's from 0 to 50.
 */
describe('a department head imports only into their own departments', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let hrHead: { token: string };

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    hrHead = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
  });
  afterAll(() => api.close());

  const weekTotal = async (departmentId: string) =>
    (await api.ok(METRICS, { departmentId })).serviceMetrics[0]?.total ?? 0;

  it("cannot take over IT's requests by importing their external ids as HR's", async () => {
    const it = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: requests('IT', 'INC', 50),
    });
    expect(it).toMatchObject({ status: 'SUCCEEDED', rowsStored: 50 });
    expect(await weekTotal(org.departments.it)).toBe(50);

    const takeover = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'REQUESTS',
        csv: requests('HR', 'INC', 50),
      },
      hrHead.token,
    );
    expect(takeover.status).toBe('FAILED');
    expect(takeover.errorCount).toBe(50);
    expect(takeover.errors[0]).toMatchObject({
      line: 2,
      column: 1,
      value: 'INC1',
      message: expect.stringContaining('a department you may not import into'),
    });
    // The message names no other department.
    expect(takeover.errors[0].message).not.toContain('IT');
    expect(await weekTotal(org.departments.it)).toBe(50);
    expect(await weekTotal(org.departments.hr)).toBe(0);
  });

  it('under SKIP stores its own rows and skips each of the other department’s', async () => {
    const csv = `${requests('HR', 'INC', 5, 46).trimEnd()}\n${requests('HR', 'HR-', 10).split('\n').slice(1).join('\n')}`;
    const job = await importText(
      api,
      { organizationId: org.id, kind: 'REQUESTS', csv, invalidRows: 'SKIP' },
      hrHead.token,
    );
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 15,
      rowsStored: 10,
      rowsSkipped: 5,
    });
    expect(
      job.errors.map((e: { line: number; value: string }) => [e.line, e.value]),
    ).toEqual([
      [2, 'INC46'],
      [3, 'INC47'],
      [4, 'INC48'],
      [5, 'INC49'],
      [6, 'INC50'],
    ]);
    expect(await weekTotal(org.departments.it)).toBe(50);
    expect(await weekTotal(org.departments.hr)).toBe(10);
  });

  it('may still change its own department’s requests', async () => {
    const changed = requests('HR', 'HR-', 10).replace(
      'HR-1,HR,Laptop',
      'HR-1,HR,Payslip',
    );
    const job = await importText(
      api,
      { organizationId: org.id, kind: 'REQUESTS', csv: changed },
      hrHead.token,
    );
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 1,
      rowsDuplicate: 9,
    });
  });

  it('cannot name another department in a request file, nor create one', async () => {
    const job = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'REQUESTS',
        csv: requests('IT', 'NEW', 3),
      },
      hrHead.token,
    );
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({
      line: 2,
      column: 2,
      message: expect.stringContaining('only into your own departments'),
    });
    const created = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'REQUESTS',
        csv: requests('Security', 'S', 1),
      },
      hrHead.token,
    );
    expect(created.status).toBe('FAILED');
    expect(await weekTotal(org.departments.it)).toBe(50);
  });

  it("cannot replace IT's audit; under SKIP only its own department's rows are stored", async () => {
    const itAudit =
      'department,request_type,channel,count\nIT,Laptop,EMAIL,40\n';
    expect(
      await importText(api, {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: itAudit,
        ...SAMPLE_WINDOW,
      }),
    ).toMatchObject({ status: 'SUCCEEDED' });
    const hostile =
      'department,request_type,channel,count\nIT,Laptop,EMAIL,1\nHR,Payslip,EMAIL,7\n';
    const refused = await importText(
      api,
      { organizationId: org.id, kind: 'AUDIT', csv: hostile, ...SAMPLE_WINDOW },
      hrHead.token,
    );
    expect(refused.status).toBe('FAILED');
    expect(
      (await api.ok(BASELINE, { departmentId: org.departments.it })).baseline
        .totalRequests,
    ).toBe(40);
    const skipped = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: hostile,
        ...SAMPLE_WINDOW,
        invalidRows: 'SKIP',
      },
      hrHead.token,
    );
    expect(skipped).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 1,
      rowsSkipped: 1,
    });
    expect(
      (await api.ok(BASELINE, { departmentId: org.departments.it })).baseline
        .totalRequests,
    ).toBe(40);
    expect(
      (await api.ok(BASELINE, { departmentId: org.departments.hr })).baseline
        .totalRequests,
    ).toBe(7);
  });

  it("cannot overwrite IT's weekly metrics", async () => {
    const other = await buildOrganization(api);
    const head = await buildMember(api, other.id, 'DEPARTMENT_HEAD', [
      other.departments.hr,
    ]);
    const itWeek =
      'department,week_start,total,deflected\nIT,2026-03-02,30,6\n';
    expect(
      await importText(api, {
        organizationId: other.id,
        kind: 'METRICS',
        csv: itWeek,
      }),
    ).toMatchObject({ status: 'SUCCEEDED' });
    const job = await importText(
      api,
      {
        organizationId: other.id,
        kind: 'METRICS',
        csv: 'department,week_start,total,deflected\nIT,2026-03-02,1,0\n',
      },
      head.token,
    );
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringContaining('only into your own departments'),
    });
    expect(
      (await api.ok(METRICS, { departmentId: other.departments.it }))
        .serviceMetrics[0].total,
    ).toBe(30);
  });
});
