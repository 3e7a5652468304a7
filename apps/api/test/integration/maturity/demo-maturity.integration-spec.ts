import { Client } from 'pg';
import { waitForJob } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

describe('the demo organisation’s catalogue, CoE and maturity', () => {
  const name = `esm_planner_seed_maturity_${Date.now()}`;
  let admin: Client;
  let api: TestApi;

  beforeAll(async () => {
    admin = new Client({ connectionString: process.env.TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.TEST_SERVER_URL!);
    url.pathname = `/${name}`;
    api = await startTestApi({
      DATABASE_URL: url.toString(),
      SEED_DEMO: 'true',
      DEMO_PASSWORD: 'demo-password-for-tests',
    });
  });
  afterAll(async () => {
    await api?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    // Stopping the app stops its worker and queue; on a busy machine that can take a while.
  }, 90_000);

  it('seeds catalogues that cover IT’s and HR’s audits, a staffed CoE, a backlog and a rising trend', async () => {
    const { organizations } = await api.ok(
      '{ organizations { id departments { id name } } }',
    );
    const org = organizations[0];
    const { importJobs } = await api.ok(
      'query($id: ID!) { importJobs(organizationId: $id) { id } }',
      { id: org.id },
    );
    for (const job of importJobs) await waitForJob(api, job.id);
    const id = (department: string) =>
      org.departments.find((d: { name: string }) => d.name === department).id;

    const { departments } = await api.ok(
      'query($id: ID!) { departments(organizationId: $id) { name baseline { catalogCoverage } catalog { flags } } }',
      { id: org.id },
    );
    const byName = Object.fromEntries(
      departments.map((d: { name: string }) => [d.name, d]),
    );
    // HR's pilot gate: every item owned and with an SLA target.
    expect(
      byName.HR.catalog.flatMap((item: { flags: string[] }) => item.flags),
    ).toEqual([]);
    expect(byName.HR.baseline.catalogCoverage).toBe(1);
    // IT's top 10 are covered; VPN access (18 of 1 840 requests, 12th) is not.
    expect(byName.IT.baseline.catalogCoverage).toBeCloseTo(1 - 18 / 1840, 12);
    const { catalogGaps } = await api.ok(
      'query($id: ID!) { catalogGaps(departmentId: $id) { requestType } }',
      { id: id('IT') },
    );
    expect(catalogGaps).toEqual([]);
    expect(
      byName.IT.catalog.flatMap((item: { flags: string[] }) => item.flags),
    ).toEqual(['REVIEW_DUE']);
    expect(
      byName.Finance.catalog.flatMap((item: { flags: string[] }) => item.flags),
    ).toEqual(expect.arrayContaining(['NO_OWNER', 'NO_SLA']));
    expect(byName.Finance.baseline.catalogCoverage).toBeGreaterThan(0);
    expect(byName.Finance.baseline.catalogCoverage).toBeLessThan(1);

    const { readiness } = await api.ok(
      'query($id: ID!) { readiness(departmentId: $id) { checks { failureMode state } } }',
      { id: id('HR') },
    );
    expect(
      Object.fromEntries(
        readiness.checks.map((c: { failureMode: string; state: string }) => [
          c.failureMode,
          c.state,
        ]),
      ),
    ).toMatchObject({
      IT_OWNS_IT: 'PASS',
      CATALOGUE_INCOMPLETE: 'PASS',
    });

    const { coe, enhancementRequests, maturityHistory } = await api.ok(
      'query($id: ID!) { coe(organizationId: $id) { coverage } enhancementRequests(organizationId: $id) { status declineReason } maturityHistory(organizationId: $id) { overallScore stage } }',
      { id: org.id },
    );
    expect(coe.coverage).toBeCloseTo(6 / 7, 12);
    expect(
      enhancementRequests.find(
        (r: { status: string }) => r.status === 'DECLINED',
      ).declineReason,
    ).toMatch(/customisation/);
    expect(maturityHistory).toHaveLength(2);
    expect(maturityHistory[1].overallScore).toBeGreaterThan(
      maturityHistory[0].overallScore,
    );
  });
});
