import { Client } from 'pg';
import { DEMO_BUSINESS_CASE_NAME } from '../../../src/seed/demo-business-case';
import { waitForJob } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

// The demo seed adds a saved business case built from Northwind's audit.
describe('the demo business case', () => {
  const name = `esm_planner_demo_case_${Date.now()}`;
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
    await api.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('is listed for the organisation and follows the demo audit once it is imported', async () => {
    const { organizations } = await api.ok('{ organizations { id } }');
    const { businessCases } = await api.ok(
      'query($id: ID!) { businessCases(organizationId: $id) { id name version } }',
      { id: organizations[0].id },
    );
    expect(businessCases).toEqual([
      expect.objectContaining({ name: DEMO_BUSINESS_CASE_NAME, version: 1 }),
    ]);
    const query = `query($id: ID!) { businessCase(id: $id) { departments { name monthlyVolume { value source } targetDeflection { value source } }
      result { paybackMonths npv warnings { code } monteCarlo { runs } } } }`;
    // The audit arrives through the import queue: wait for IT's volume to come from it.
    let found: any = null;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      found = (await api.ok(query, { id: businessCases[0].id })).businessCase;
      if (found.departments[0].monthlyVolume.source === 'AUDIT') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(
      found.departments.map((d: any) => [d.name, d.monthlyVolume.source]),
    ).toEqual([
      ['IT', 'AUDIT'],
      ['HR', 'AUDIT'],
      ['Finance', 'AUDIT'],
      ['Legal', 'ENTERED'],
      ['Facilities', 'ENTERED'],
    ]);
    expect(found.departments[3].targetDeflection).toEqual({
      value: 0.3,
      source: 'ASSUMPTION',
    });
    expect(found.result.warnings.map((w: any) => w.code)).toContain(
      'ASSUMED_DEFLECTION',
    );
    expect(found.result.paybackMonths).toBeGreaterThan(0);
    expect(found.result.monteCarlo.runs).toBe(2_000);
  });

  it('tells the value story from the seeded request records: IT close to plan, HR’s pilot behind', async () => {
    const { organizations } = await api.ok('{ organizations { id } }');
    const { businessCases } = await api.ok(
      'query($id: ID!) { businessCases(organizationId: $id) { id } }',
      { id: organizations[0].id },
    );
    const { importJobs } = await api.ok(
      'query($id: ID!) { importJobs(organizationId: $id) { id kind status } }',
      { id: organizations[0].id },
    );
    for (const job of importJobs) await waitForJob(api, job.id);
    const { businessCase, valueRealisation } = await api.ok(
      `query($id: ID!) { businessCase(id: $id) { programmeStart { value source } departments { name goLiveMonth { value source defaultValue } } }
        valueRealisation(businessCaseId: $id) { completeMonths realisedToDate plannedToDate plannedPaybackMonths forecastPaybackMonths
          departments { name status realisationRatio deflectionNeeded months { month actualTotal } } } }`,
      { id: businessCases[0].id },
    );
    // The case starts two days before IT's plan; HR was planned live in month 7, and its plan's day 61
    // did fall in month 7 (244 − 35 = day 209 of the case) — its pilot ran late after that.
    expect(businessCase.programmeStart.source).toBe('ENTERED');
    expect(
      businessCase.departments.map((d: any) => [
        d.name,
        d.goLiveMonth.value,
        d.goLiveMonth.source,
      ]),
    ).toEqual([
      ['IT', 3, 'PLAN'],
      ['HR', 7, 'ENTERED'],
      ['Finance', expect.any(Number), 'PLAN'],
      ['Legal', expect.any(Number), expect.any(String)],
      ['Facilities', expect.any(Number), expect.any(String)],
    ]);
    expect(businessCase.departments[1].goLiveMonth.defaultValue).toBe(7);
    // Eight months complete, whatever the weekday of the first start; the records fill them.
    expect(valueRealisation.completeMonths).toBe(8);
    const [it, hr, ...later] = valueRealisation.departments;
    expect([it.name, it.status]).toEqual(['IT', 'ON_TRACK']);
    expect(it.realisationRatio).toBeGreaterThan(0.9);
    expect(it.realisationRatio).toBeLessThan(1);
    expect(it.months.slice(2, 8).every((m: any) => m.actualTotal > 3_500)).toBe(
      true,
    );
    expect([hr.name, hr.status]).toEqual(['HR', 'BEHIND']);
    expect(hr.realisationRatio).toBeGreaterThan(0.4);
    expect(hr.realisationRatio).toBeLessThan(0.75);
    // To meet its plan HR needs a little more than its 68 % target from now on.
    expect(hr.deflectionNeeded).toBeGreaterThan(0.68);
    expect(hr.deflectionNeeded).toBeLessThan(0.8);
    expect(later.map((d: any) => d.status)).toEqual([
      'NOT_LIVE',
      'NOT_LIVE',
      'NOT_LIVE',
    ]);
    expect(valueRealisation.realisedToDate).toBeLessThan(
      valueRealisation.plannedToDate,
    );
    expect(valueRealisation.forecastPaybackMonths).toBeGreaterThan(
      valueRealisation.plannedPaybackMonths,
    );
  });
});
