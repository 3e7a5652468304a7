import { Client } from 'pg';

export type FreshDatabase = { url: string; drop: () => Promise<void> };

/**
 * An empty database of its own on the run's server, for a test that needs
 * no user at all (the first run): the run's shared database has the demo.
 */
export async function freshDatabase(name: string): Promise<FreshDatabase> {
  const serverUrl = process.env.TEST_SERVER_URL;
  if (!serverUrl)
    throw new Error(
      'TEST_SERVER_URL is not set: run through tests/dashboard-e2e/jest.config.cjs',
    );
  const database = `esm_planner_${name}_${Date.now()}_${process.pid}`;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${database}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: () => run(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  };
}
