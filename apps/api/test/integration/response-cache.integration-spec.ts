import { Client } from 'pg';
import { Clock } from '../../src/common/clock';
import { DataVersion } from '../../src/response-cache/data-version';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../support/fixtures';
import { importText, sampleRows, SAMPLE_WINDOW } from '../support/imports';
import { TEST_ADMIN_TOKEN, startTestApi, TestApi } from '../support/test-api';

// The GraphQL response cache (docs/decisions/0027): an answer is served again
// only to the same caller, for the same request, while no write has committed
// and today is still today in every organisation's zone.
const DEPARTMENTS =
  'query($org: ID!) { departments(organizationId: $org) { id name } }';
const BASELINE =
  'query($id: ID!) { baseline(departmentId: $id) { totalRequests } }';
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;

type Answer = { cache: string | null; body: any };

async function post(
  api: TestApi,
  query: string,
  variables: object,
  token: string = TEST_ADMIN_TOKEN,
): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    cache: response.headers.get('x-response-cache'),
    body: await response.json(),
  };
}

const names = (answer: Answer) =>
  (answer.body.data.departments as { name: string }[])
    .map((d) => d.name)
    .sort();

describe('GraphQL response cache', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let sql: Client;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    sql = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await api.close();
  });

  it('answers a repeated query from the cache, and a mutation invalidates it', async () => {
    const first = await post(api, DEPARTMENTS, { org: org.id });
    const second = await post(api, DEPARTMENTS, { org: org.id });
    expect([first.cache, second.cache]).toEqual([null, 'hit']);
    expect(second.body).toEqual(first.body);
    await api.ok(CREATE_DEPARTMENT, {
      input: { organizationId: org.id, name: 'Legal', kind: 'OTHER' },
    });
    const after = await post(api, DEPARTMENTS, { org: org.id });
    expect(after.cache).toBeNull();
    expect(names(after)).toEqual(['Finance', 'HR', 'IT', 'Legal']);
  });

  it('never gives a department head the answer cached for another scope', async () => {
    const itHead = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.it,
    ]);
    const hrHead = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    await post(api, DEPARTMENTS, { org: org.id }, itHead.token);
    const itAgain = await post(api, DEPARTMENTS, { org: org.id }, itHead.token);
    expect([itAgain.cache, names(itAgain)]).toEqual(['hit', ['IT']]);
    const hr = await post(api, DEPARTMENTS, { org: org.id }, hrHead.token);
    expect([hr.cache, names(hr)]).toEqual([null, ['HR']]);
    // A change of the head's departments (a membership write) applies at once.
    await api.ok(QUERIES.ADD_MEMBERSHIP, {
      input: {
        organizationId: org.id,
        userId: itHead.userId,
        role: 'DEPARTMENT_HEAD',
        departmentIds: [org.departments.finance],
      },
    });
    const moved = await post(api, DEPARTMENTS, { org: org.id }, itHead.token);
    expect([moved.cache, names(moved)]).toEqual([null, ['Finance']]);
  });

  it('sees a write made with SQL outside the API at once', async () => {
    await post(api, DEPARTMENTS, { org: org.id });
    expect((await post(api, DEPARTMENTS, { org: org.id })).cache).toBe('hit');
    await sql.query(
      `UPDATE department SET name = 'Finance & Tax' WHERE id = $1`,
      [org.departments.finance],
    );
    const after = await post(api, DEPARTMENTS, { org: org.id });
    expect([after.cache, names(after)]).toEqual([
      null,
      ['Finance & Tax', 'HR', 'IT', 'Legal'],
    ]);
  });

  it("an import's commit invalidates the answers it changes", async () => {
    const before = await post(api, BASELINE, { id: org.departments.it });
    expect(before.body.data.baseline).toBeNull();
    expect((await post(api, BASELINE, { id: org.departments.it })).cache).toBe(
      'hit',
    );
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['IT']),
      ...SAMPLE_WINDOW,
      fileName: 'audit.csv',
    });
    expect(job.status).toBe('SUCCEEDED');
    const after = await post(api, BASELINE, { id: org.departments.it });
    expect(after.cache).toBeNull();
    expect(after.body.data.baseline.totalRequests).toBeGreaterThan(0);
  });

  it('does not keep errors', async () => {
    const missing = { id: '00000000-0000-4000-8000-000000000001' };
    const first = await post(
      api,
      'query($id: ID!) { department(id: $id) { id } }',
      missing,
    );
    const second = await post(
      api,
      'query($id: ID!) { department(id: $id) { id } }',
      missing,
    );
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect(second.cache).toBeNull();
  });

  it('a new day in any organisation invalidates', async () => {
    await post(api, DEPARTMENTS, { org: org.id });
    expect((await post(api, DEPARTMENTS, { org: org.id })).cache).toBe('hit');
    const clock = api.running.app.get(Clock);
    const now = clock.now();
    const spy = jest.spyOn(clock, 'now').mockReturnValue(now + 86_400_000);
    try {
      expect((await post(api, DEPARTMENTS, { org: org.id })).cache).toBeNull();
      expect((await post(api, DEPARTMENTS, { org: org.id })).cache).toBe('hit');
    } finally {
      spy.mockRestore();
    }
  });

  it('moves the data version on a committed write to every organisation table, and only then', async () => {
    const version = api.running.app.get(DataVersion);
    const { rows: tables } = await sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
    );
    const written: string[] = [];
    for (const { table_name: table } of tables) {
      const before = (await version.current()).version;
      expect((await version.current()).version).toBe(before);
      // A row rewritten to itself is a write like any other (a new row version).
      const { rowCount } = await sql.query(
        `UPDATE "${table}" SET organization_id = organization_id
          WHERE ctid = (SELECT ctid FROM "${table}" LIMIT 1)`,
      );
      if (!rowCount) continue;
      expect({
        table,
        moved: (await version.current()).version !== before,
      }).toEqual({
        table,
        moved: true,
      });
      written.push(table);
    }
    // The tables this file's organisation has rows in, at least.
    expect(written).toEqual(
      expect.arrayContaining([
        'audit',
        'department',
        'membership',
        'organization',
      ]),
    );
  });
});
