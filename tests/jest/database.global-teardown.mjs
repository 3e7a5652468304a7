import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const admin = new pg.Client({
    connectionString: process.env.TEST_SERVER_URL,
  });
  await admin.connect();
  // Connections a test left open must not keep its database alive.
  await admin.query(
    `DROP DATABASE IF EXISTS "${globalThis.__TEST_DATABASE__}" WITH (FORCE)`,
  );
  await admin.end();
  await globalThis.__EMBEDDED_POSTGRES__?.stop();
  if (globalThis.__EMBEDDED_POSTGRES_DIR__)
    rmSync(globalThis.__EMBEDDED_POSTGRES_DIR__, {
      recursive: true,
      force: true,
    });
}
