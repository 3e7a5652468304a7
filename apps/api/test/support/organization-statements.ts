import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { TestApi } from './test-api';

/**
 * Instance-level tables, shared by every organisation (a person, their
 * sign-ins and tokens, the rate limits, TypeORM's own bookkeeping): Citus
 * reference tables in docs/scaling.md. Every other table of the public
 * schema is an organisation's and is distributed by organization_id.
 */
export const REFERENCE_TABLES = [
  'api_token',
  'app_user',
  'rate_limit',
  'typeorm_migration',
  'user_session',
];

/**
 * Statements allowed to reach organisation tables without naming one
 * organisation, each with the reason. In Citus each is a multi-shard
 * statement (correct, only not routed to one node). Every entry must match
 * a statement the test saw, so the list cannot outlive its code.
 */
// `background`: sent by the import worker on its own clock (a claim, a
// sweep), so a run may end before it is sent; the check that every listed
// statement is still sent skips these.
export const CROSS_ORGANISATION_STATEMENTS: {
  pattern: RegExp;
  why: string;
  background?: boolean;
}[] = [
  // A person, across the organisations they belong to.
  {
    pattern:
      /^select (?:role|organization_id) from membership where user_id = \$1$/,
    why: 'a person’s roles in any organisation (AccessPolicy, account control)',
  },
  {
    pattern:
      /^select o\.organization_id as id, .* from organization o join membership m on m\.organization_id = o\.organization_id where m\.user_id = \$1 order by o\.name$/,
    why: 'the organisations a person belongs to (the organizations query)',
  },
  // The response cache (decision 0027), before it knows which organisations
  // an answer reads: the database's snapshot and today in every zone.
  {
    pattern:
      /^select pg_current_snapshot\(\)::text as version, \(select string_agg\(distinct time_zone, ',' order by time_zone\) from organization\) as zones$/,
    why: 'the response cache’s data version and every organisation’s today (ResponseCacheMiddleware, decision 0027)',
  },
  // The import worker, which knows a job by the id the queue hands it.
  {
    pattern: /^update import_job set .* where \(?id = \$\d+ and status = /,
    why: 'an import job claimed, advanced or finished by its queued id',
    background: true,
  },
  {
    pattern:
      /^update import_job set status = \$1, finished_at = now\(\), message = \$2 where status = 'running' and finished_at is null /,
    why: 'the worker’s sweep of stalled imports of every organisation',
    background: true,
  },
  // One record, by the id a client names (GraphQL names records by id
  // alone); the record tells its organisation.
  {
    pattern:
      /^select .* from (?:department|business_case|rollout_plan|rollout_task|catalog_item|column_mapping|import_job|enhancement_request) \w+ where \(\(\w+\.id = \$1\)\)(?: limit 1)?(?: for update)?$/,
    why: 'a record found by the id in an operation’s arguments',
  },
  {
    // @Authorize's row lookup (modules/auth/authorize.decorator.ts): the
    // row a mutation names tells the guard its organisation and department.
    pattern:
      /^select (?:p\.)?organization_id, (?:null as department_id|(?:p\.)?department_id) from (?:business_case|rollout_plan|catalog_item|rollout_task t join rollout_plan p on p\.id = t\.plan_id) where (?:t\.)?id = \$1$/,
    why: 'the organisation and department of the row an @Authorize rule names by id',
  },
  {
    pattern:
      /^select (?:organization_id|id, organization_id as organizationid, .*) from department where id = \$1$/,
    why: 'a department’s organisation, from the id a client names (AccessPolicy, departments)',
  },
  {
    pattern:
      /^with department as \(select organization_id, id from department where id = \$1\) /,
    why: 'a department’s rollups, the department named by id (serviceMetrics)',
  },
  // Departments by the ids a client names, with their organisation.
  {
    pattern:
      / from department departmententity left join organization \w+ on .* where \(\(departmententity\.id (?:= \$1|in \()/,
    why: 'departments by id with their organisation (the department loader, a catalogue item’s today)',
  },
];

/** Every statement the API's connection pool sends from now on (the test's own connections are not in it). */
export function recordStatements(api: TestApi): {
  statements: string[];
  stop(): void;
} {
  const pool = (
    api.running.app.get(DataSource).driver as unknown as { master: Pool }
  ).master;
  const statements: string[] = [];
  let recording = true;
  const wrapped = new WeakSet<PoolClient>();
  const onAcquire = (client: PoolClient) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const [config] = args;
      const text =
        typeof config === 'string'
          ? config
          : (config as { text?: string } | undefined)?.text;
      if (recording && text) statements.push(text);
      return query(...args);
    };
  };
  pool.on('acquire', onAcquire);
  return {
    statements,
    stop() {
      recording = false;
      pool.off('acquire', onAcquire);
    },
  };
}

const TABLE_REFERENCE =
  /\b(?:from|join|update|into)\s+(?:only\s+)?(?:public\.)?([a-z_][a-z0-9_]*)/g;

const INSERTED_COLUMNS =
  /insert into (?:public\.)?([a-z_][a-z0-9_]*)(?: as [a-z_0-9]+)? ?\(([^)]*)\)/g;

// organization_id = $1, IN ($1, …), = ANY($1), or (organization_id, …) pairs unnested from parameters.
const NAMES_ONE_ORGANISATION =
  /\borganization_id ?(?:= ?(?:any ?\( ?)?|in ?\( ?)\$\d+|unnest\(\$\d+[^)]*\) as [a-z_]+\(organization_id\b/;

function normalised(statement: string): string {
  return statement.replace(/"/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The organisation tables a statement names, once per mention. */
export function organisationTablesOf(
  statement: string,
  organisationTables: ReadonlySet<string>,
): string[] {
  return [...normalised(statement).matchAll(TABLE_REFERENCE)]
    .map((match) => match[1])
    .filter((table) => organisationTables.has(table));
}

/**
 * Whether the statement names one organisation wherever Citus would need it
 * to route: it inserts organization_id, or compares organization_id with a
 * parameter; and it names the column at least once per organisation table
 * it mentions (the filter, or a join on organization_id that carries the
 * filter to the next table). Select lists and SET lists do not count. A
 * textual check, not a SQL parser: it reads the statements this code base
 * writes.
 */
export function filtersByOrganisation(
  statement: string,
  organisationTables: ReadonlySet<string>,
): boolean {
  let rest = normalised(statement);
  let needed = organisationTablesOf(rest, organisationTables).length;
  if (needed === 0) return true;
  let anchored = false;
  for (const [insert, table, columns] of rest.matchAll(INSERTED_COLUMNS)) {
    if (!organisationTables.has(table)) continue;
    if (!/\borganization_id\b/.test(columns)) return false;
    anchored = true;
    needed -= 1;
    rest = rest.replace(insert, ' ');
  }
  if (rest.startsWith('select ')) rest = rest.slice(rest.indexOf(' from '));
  else if (rest.startsWith('update '))
    rest = rest.includes(' where ') ? rest.slice(rest.indexOf(' where ')) : '';
  const mentions = rest.match(/\borganization_id\b/g)?.length ?? 0;
  return (anchored || NAMES_ONE_ORGANISATION.test(rest)) && mentions >= needed;
}

/** The statements that reach an organisation table without naming one organisation and are not excused. */
export function unroutedStatements(
  statements: readonly string[],
  organisationTables: ReadonlySet<string>,
): string[] {
  const distinct = [...new Set(statements.map(normalised))];
  return distinct.filter(
    (sql) =>
      !filtersByOrganisation(sql, organisationTables) &&
      !CROSS_ORGANISATION_STATEMENTS.some(({ pattern }) => pattern.test(sql)),
  );
}
