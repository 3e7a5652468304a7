import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import {
  AccessRule,
  documentFor,
  expectedOutcome,
  rootOperations,
  targetsOf,
} from '../support/access-matrix/access-rule';
import {
  changedTables,
  createPrivateDatabase,
  fingerprintReader,
} from '../support/database-fingerprint';
import {
  buildMatrixWorld,
  CALLERS,
  MatrixWorld,
} from '../support/access-matrix/matrix-world';
import { MUTATION_RULES } from '../support/access-matrix/mutation-rules';
import { QUERY_RULES } from '../support/access-matrix/query-rules';
import { waitForJob } from '../support/imports';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * The access matrix, generated from the committed schema: every root query
 * and mutation × every role, nobody, and another organisation's ADMIN × own
 * department / other department / other organisation. The rule tables
 * (query-rules.ts, mutation-rules.ts) are api.md "Who may do what" written
 * out per operation; this file fails when the schema gains an operation
 * without a rule or loses one that has a rule. Allowed: no UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND or internal error. Refused: the promised code, and
 * not one row of the organisations' data changed.
 */
const schema = buildSchema(
  readFileSync(join(__dirname, '../../schema.gql'), 'utf8'),
);
const operations = rootOperations(schema);
const rulesOf = { query: QUERY_RULES, mutation: MUTATION_RULES } as const;
const ACCESS_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

describe('the access matrix covers the schema', () => {
  it.each(['query', 'mutation'] as const)(
    'has exactly one rule for every root %s field',
    (kind) => {
      const inSchema = operations
        .filter((operation) => operation.kind === kind)
        .map((operation) => operation.field.name)
        .sort();
      const ruled = Object.keys(rulesOf[kind]).sort();
      expect({
        withoutRule: inSchema.filter((name) => !ruled.includes(name)),
        ruleWithoutOperation: ruled.filter((name) => !inSchema.includes(name)),
      }).toEqual({
        withoutRule: [],
        ruleWithoutOperation: [],
      });
    },
  );
});

const cases = operations.flatMap(({ kind, field }) => {
  const rule: AccessRule | undefined = rulesOf[kind][field.name];
  if (!rule) return [];
  return targetsOf(rule.scope).flatMap((target) =>
    CALLERS.map((caller) => ({
      kind,
      field,
      rule,
      target,
      caller,
      name: `${field.name} ${target} by ${caller}`,
    })),
  );
});

describe('access matrix: operation × caller × target', () => {
  let api: TestApi | undefined;
  let world: MatrixWorld;
  let database: Awaited<ReturnType<typeof createPrivateDatabase>>;
  let fingerprint: Awaited<ReturnType<typeof fingerprintReader>>;

  beforeAll(async () => {
    // A database of its own, so "nothing written" hashes only this file's few rows.
    database = await createPrivateDatabase();
    api = await startTestApi({ DATABASE_URL: database.url });
    world = await buildMatrixWorld(api);
    fingerprint = await fingerprintReader(database.url);
  }, 300_000);
  afterAll(async () => {
    await fingerprint?.close();
    await api?.close();
    await database?.drop();
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, { kind, field, rule, target, caller }) => {
      const aim = world.targets[target];
      const request = await rule.request({ world, target: aim, caller });
      const token =
        'token' in request ? request.token : world.callers[caller].token;
      const expected = expectedOutcome(rule, caller, aim);
      await fingerprint.settle();
      const before = expected.allowed ? null : await fingerprint.read();
      const result = await world.api.gql(
        documentFor(kind, field, request.args),
        request.args,
        token,
      );
      const codes = (result.errors ?? []).map(
        (error) => error.extensions?.code,
      );
      if (expected.allowed) {
        expect({
          codes: codes.filter(
            (code) =>
              ACCESS_CODES.includes(code) || code === 'INTERNAL_SERVER_ERROR',
          ),
          errors: result.errors,
        }).toMatchObject({ codes: [] });
      } else if (expected.codes.includes('ROWS_REFUSED') && !result.errors) {
        // Accepted, then every row refused: the job fails with line/column errors, and only the job's own record is new.
        const job = await waitForJob(
          world.api,
          result.data![field.name].id,
          token,
        );
        expect(job).toMatchObject({ status: 'FAILED', rowsStored: 0 });
        expect(job.errors[0]).toMatchObject({
          line: 2,
          column: expect.any(Number),
        });
        expect(changedTables(before!, await fingerprint.read())).toEqual([
          'import_job',
        ]);
      } else {
        expect(result.data?.[field.name] ?? null).toBeNull();
        expect(codes).toHaveLength(1);
        expect(expected.codes).toContain(codes[0]);
        expect(changedTables(before!, await fingerprint.read())).toEqual([]);
      }
    },
  );
});
