import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { Client } from 'pg';
import {
  documentFor,
  expectedOutcome,
  rootOperations,
  targetsOf,
} from '../support/access-matrix/access-rule';
import {
  buildMatrixWorld,
  MatrixWorld,
} from '../support/access-matrix/matrix-world';
import { MUTATION_RULES } from '../support/access-matrix/mutation-rules';
import { QUERY_RULES } from '../support/access-matrix/query-rules';
import { createPrivateDatabase } from '../support/database-fingerprint';
import {
  CROSS_ORGANISATION_STATEMENTS,
  filtersByOrganisation,
  recordStatements,
  REFERENCE_TABLES,
  unroutedStatements,
} from '../support/organization-statements';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * Every statement the API sends to an organisation table names the
 * organisation (docs/scaling.md): recorded from the API's own connection
 * pool (pg_stat_statements is not loaded on the test server, and a
 * server-wide statement log would mix in other databases) while the access
 * matrix's world is built — organisations, people, imports of requests,
 * weeks and audits, plans, business cases — and every root query and
 * mutation runs once as an ADMIN allowed to run it.
 */
const schema = buildSchema(
  readFileSync(join(__dirname, '../../schema.gql'), 'utf8'),
);
const REFUSED = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
];
const rulesOf = { query: QUERY_RULES, mutation: MUTATION_RULES } as const;

async function runEveryOperationOnce(world: MatrixWorld): Promise<string[]> {
  const failed: string[] = [];
  for (const { kind, field } of rootOperations(schema)) {
    const rule = rulesOf[kind][field.name];
    const target = targetsOf(rule.scope)
      .map((name) => world.targets[name])
      .find((aim) => expectedOutcome(rule, 'ADMIN', aim).allowed);
    if (!target)
      throw new Error(`${field.name}: no target an ADMIN may act on`);
    const request = await rule.request({ world, target, caller: 'ADMIN' });
    const token =
      'token' in request ? request.token : world.callers.ADMIN.token;
    const result = await world.api.gql(
      documentFor(kind, field, request.args),
      request.args,
      token,
    );
    // As in the access matrix: an allowed call may still be refused for its input, never for access.
    const broken = (result.errors ?? []).filter((error) =>
      REFUSED.includes(error.extensions?.code),
    );
    if (broken.length > 0) failed.push(`${field.name}: ${broken[0].message}`);
  }
  return failed;
}

async function waitForBackgroundJobs(client: Client): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM import_job WHERE status IN ('QUEUED', 'RUNNING'))
            + (SELECT count(*) FROM rollup_rebuild_job WHERE status IN ('QUEUED', 'RUNNING'))::int AS busy`,
    );
    if (Number(rows[0].busy) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('background jobs still running after 60 s');
}

describe('statements to organisation tables', () => {
  let api: TestApi | undefined;
  let database: Awaited<ReturnType<typeof createPrivateDatabase>>;
  let client: Client;
  let statements: string[] = [];
  let organisationTables: Set<string>;
  let failedOperations: string[] = [];

  beforeAll(async () => {
    database = await createPrivateDatabase();
    api = await startTestApi({ DATABASE_URL: database.url });
    client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    organisationTables = new Set(
      rows
        .map((row) => row.table_name)
        .filter((table) => !REFERENCE_TABLES.includes(table)),
    );
    const recording = recordStatements(api);
    try {
      const world = await buildMatrixWorld(api);
      failedOperations = await runEveryOperationOnce(world);
      await waitForBackgroundJobs(client);
    } finally {
      recording.stop();
    }
    statements = recording.statements;
  }, 600_000);
  afterAll(async () => {
    await client?.end();
    await api?.close();
    await database?.drop();
  });

  it('tells a filtered statement from an unfiltered one', () => {
    const tables = new Set(['department', 'rollout_plan']);
    expect(
      filtersByOrganisation(
        'SELECT "d"."name" FROM "department" "d" WHERE "d"."id" = $1',
        tables,
      ),
    ).toBe(false);
    expect(
      filtersByOrganisation(
        'SELECT "d"."organization_id" FROM "department" "d" WHERE "d"."id" = $1',
        tables,
      ),
    ).toBe(false);
    expect(
      filtersByOrganisation(
        'SELECT d.name FROM department d WHERE d.organization_id = $1 AND d.id = $2',
        tables,
      ),
    ).toBe(true);
    expect(
      filtersByOrganisation(
        'UPDATE department SET organization_id = $1 WHERE id = $2',
        tables,
      ),
    ).toBe(false);
    expect(
      filtersByOrganisation(
        'INSERT INTO department (id, name) VALUES ($1, $2)',
        tables,
      ),
    ).toBe(false);
    expect(
      filtersByOrganisation(
        'INSERT INTO "department"("organization_id", "name") VALUES ($1, $2) RETURNING "id"',
        tables,
      ),
    ).toBe(true);
    expect(
      filtersByOrganisation(
        'SELECT p.id FROM rollout_plan p JOIN department d ON d.id = p.department_id WHERE p.organization_id = $1',
        tables,
      ),
    ).toBe(false);
    expect(
      filtersByOrganisation('SELECT 1 FROM app_user WHERE id = $1', tables),
    ).toBe(true);
  });

  it('ran every operation and recorded what it sent', () => {
    expect(failedOperations).toEqual([]);
    expect(statements.length).toBeGreaterThan(500);
  });

  it('name the organisation in every statement but the listed cross-organisation ones', () => {
    expect(unroutedStatements(statements, organisationTables)).toEqual([]);
  });

  it('list no cross-organisation statement that no code sends', () => {
    const normalised = statements.map((statement) =>
      statement.replace(/"/g, '').replace(/\s+/g, ' ').trim().toLowerCase(),
    );
    const unused = CROSS_ORGANISATION_STATEMENTS.filter(
      ({ pattern, background }) =>
        !background && !normalised.some((sql) => pattern.test(sql)),
    ).map(({ why }) => why);
    expect(unused).toEqual([]);
  });
});
