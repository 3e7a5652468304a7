import { Client } from 'pg';
import { dataSourceOptions } from '@esm-planner/api-data-access-db';
import {
  killServerProcess,
  ServerProcess,
  startServerProcess,
} from '../../support/processes';
import {
  createScratchDatabase,
  ScratchDatabase,
} from '../../support/scratch-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MIGRATIONS = dataSourceOptions({ url: 'postgres://unused' })
  .migrations as { name: string }[];

// quality.md "Operations": replicas and workers may start together on a
// database that still needs its migrations (a deploy of a new version).
describe('migrations at start', () => {
  let database: ScratchDatabase;
  let gate: Client;
  // pg_stat_activity is a snapshot per transaction: read it outside the gate's.
  let watcher: Client;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase('migration_lock');
    gate = new Client({ connectionString: database.url });
    await gate.connect();
    watcher = new Client({ connectionString: database.url });
    await watcher.connect();
  });
  afterAll(async () => {
    await gate.end().catch(() => undefined);
    await watcher.end().catch(() => undefined);
    for (const server of servers) await killServerProcess(server);
    await database.drop();
  });

  it('an API and a worker started at once on an empty database both come up, each migration applied once, nothing failed on the way', async () => {
    // Both processes start at the same moment only by luck (their boot
    // times differ by seconds on a busy machine), so the test lines them up:
    // TypeORM's table of applied migrations exists, empty, and is locked
    // until both processes are waiting for a lock — on that table, or on
    // another's migration run. Then both go at once.
    await gate.query(
      'CREATE TABLE typeorm_migration (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name varchar NOT NULL)',
    );
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE typeorm_migration IN ACCESS EXCLUSIVE MODE');
    // Errors are logged: a start that failed and was retried must show.
    const env = { TEST_LOG_LEVEL: 'error' };
    const starting = Promise.allSettled([
      startServerProcess('api', database.url, env),
      startServerProcess('worker', database.url, env),
    ]);
    let waiting = 0;
    for (let attempt = 0; attempt < 1800 && waiting < 2; attempt += 1) {
      await sleep(100);
      const { rows } = await watcher.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      waiting = rows[0].n;
    }
    if (waiting < 2) {
      const { rows } = await watcher.query(
        'SELECT pid, state, wait_event_type, wait_event, query FROM pg_stat_activity WHERE datname = current_database()',
      );
      throw new Error(
        `only ${waiting} process(es) reached the migrations: ${JSON.stringify(rows)}`,
      );
    }
    await gate.query('COMMIT');

    const started = await starting;
    for (const result of started)
      if (result.status === 'fulfilled') servers.push(result.value);
    expect(
      started.flatMap((result) =>
        result.status === 'rejected'
          ? [String(result.reason).slice(0, 2000)]
          : [],
      ),
    ).toEqual([]);
    // Nest retries a failed database start (every 3 s): that must not be what brought a process up.
    expect(
      servers.map((server) =>
        server.output().replace(/^(api|worker) ready.*\n/m, ''),
      ),
    ).toEqual(['', '']);
    const { rows } = await gate.query(
      'SELECT name, count(*)::int AS times FROM typeorm_migration GROUP BY name ORDER BY name',
    );
    expect(rows).toEqual(
      MIGRATIONS.map((migration) => ({ name: migration.name, times: 1 })).sort(
        (a, b) => a.name.localeCompare(b.name),
      ),
    );
    const api = servers.find((server) => server.url);
    expect((await fetch(`${api!.url}/health`)).status).toBe(200);
  }, 240_000);
});
