import { Client } from 'pg';

/** An empty database of its own on the run's server, for tests that need to start from nothing. */
export type ScratchDatabase = { url: string; drop(): Promise<void> };

export async function createScratchDatabase(
  label: string,
): Promise<ScratchDatabase> {
  const serverUrl = process.env.TEST_SERVER_URL;
  if (!serverUrl)
    throw new Error(
      'TEST_SERVER_URL is not set: run through jest.integration.config.cjs',
    );
  const name = `esm_planner_${label}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
