// Gives a jest run its own empty database: on the server at DATABASE_URL
// when it is set (created now, dropped in teardown), else on an embedded
// PostgreSQL in a temporary directory. Test files read TEST_DATABASE_URL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/scripts/embedded-postgres.mjs';

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function globalSetup() {
  const database = `esm_planner_test_${Date.now()}_${process.pid}`;
  let serverUrl;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'esm-planner-test-pg-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      database: 'postgres',
    });
    serverUrl = embedded.serverUrl;
    globalThis.__EMBEDDED_POSTGRES__ = embedded;
    globalThis.__EMBEDDED_POSTGRES_DIR__ = dataDir;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  process.env.TEST_SERVER_URL = serverUrl;
  process.env.TEST_DATABASE_URL = withDatabase(serverUrl, database);
  globalThis.__TEST_DATABASE__ = database;
}
