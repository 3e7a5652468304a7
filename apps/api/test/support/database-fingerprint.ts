import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Tables a refused request may legitimately touch: the rate limiter counts
 * refusals, and sessions and tokens record their use. Everything else in the
 * public schema is the organisations' data, which a refused request must
 * leave exactly as it was.
 */
const BOOKKEEPING = new Set([
  'rate_limit',
  'user_session',
  'api_token',
  'migrations',
  'typeorm_metadata',
]);

export type DatabaseFingerprint = Record<string, string>;

/** A database of the test server's own, for one test file (dropped by `drop`). */
export async function createPrivateDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const server = process.env.TEST_SERVER_URL;
  if (!server)
    throw new Error(
      'TEST_SERVER_URL is not set: run through jest.integration.config.cjs',
    );
  const name = `esm_planner_matrix_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Reads one digest per table of the organisations' data (a small database: the whole rows are hashed). */
export type FingerprintReader = {
  read: () => Promise<DatabaseFingerprint>;
  settle: () => Promise<void>;
  /** The same connection, for a test's own read-only questions. */
  client: pg.Client;
  close: () => Promise<void>;
};

export async function fingerprintReader(
  url: string,
): Promise<FingerprintReader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A month's partition of request_fact is read through request_fact (an
  // import may make one while the test runs).
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT relname AS table_name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition ORDER BY relname`,
  );
  const tables = rows
    .map((row) => row.table_name)
    .filter((table) => !BOOKKEEPING.has(table));
  const sql = tables
    .map(
      (table) =>
        `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
    )
    .join(' UNION ALL ');
  return {
    client,
    async read() {
      const result = await client.query<{ name: string; digest: string }>(sql);
      return Object.fromEntries(
        result.rows.map((row) => [row.name, row.digest]),
      );
    },
    /** Waits until no import is queued or running, so an earlier allowed import cannot change the data under a later case. */
    async settle() {
      for (let attempt = 0; attempt < 300; attempt += 1) {
        const { rows: active } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM import_job WHERE status IN ('QUEUED', 'RUNNING')`,
        );
        if (active[0].n === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('imports still running after 15 s');
    },
    close: () => client.end(),
  };
}

/** The tables whose digest changed between two fingerprints. */
export function changedTables(
  before: DatabaseFingerprint,
  after: DatabaseFingerprint,
): string[] {
  return Object.keys(before).filter((table) => before[table] !== after[table]);
}
