import { Client } from 'pg';
import { DEMO_BUSINESS_CASE_NAME } from '../../../src/seed/demo-business-case';
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
    api = await startTestApi({ DATABASE_URL: url.toString(), SEED_DEMO: 'true', DEMO_PASSWORD: 'demo-password-for-tests' });
  });
  afterAll(async () => {
    await api.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('is listed for the organisation and follows the demo audit once it is imported', async () => {
    const { organizations } = await api.ok('{ organizations { id } }');
    const { businessCases } = await api.ok('query($id: ID!) { businessCases(organizationId: $id) { id name version } }', { id: organizations[0].id });
    expect(businessCases).toEqual([expect.objectContaining({ name: DEMO_BUSINESS_CASE_NAME, version: 1 })]);
    const query = `query($id: ID!) { businessCase(id: $id) { departments { name monthlyVolume { value source } targetDeflection { value source } }
      result { paybackMonths npv warnings { code } monteCarlo { runs } } } }`;
    // The audit arrives through the import queue: wait for IT's volume to come from it.
    let found: any = null;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      found = (await api.ok(query, { id: businessCases[0].id })).businessCase;
      if (found.departments[0].monthlyVolume.source === 'AUDIT') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(found.departments.map((d: any) => [d.name, d.monthlyVolume.source])).toEqual([
      ['IT', 'AUDIT'],
      ['HR', 'AUDIT'],
      ['Finance', 'AUDIT'],
      ['Legal', 'ENTERED'],
      ['Facilities', 'ENTERED'],
    ]);
    expect(found.departments[3].targetDeflection).toEqual({ value: 0.3, source: 'ASSUMPTION' });
    expect(found.result.warnings.map((w: any) => w.code)).toContain('ASSUMED_DEFLECTION');
    expect(found.result.paybackMonths).toBeGreaterThan(0);
    expect(found.result.monteCarlo.runs).toBe(2_000);
  });
});
