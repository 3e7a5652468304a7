import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitForOutput } from '@esm-planner/shared-testing';

const ROOT = join(__dirname, '../../../..');

export type RunningApp = {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * The app exactly as `npm start` runs it (apps/api/scripts/start.mjs on the
 * build in dist/), on the test run's database with the demo seeded: a
 * DATABASE_URL server gets the demo only with SEED_DEMO=true (docs/access.md).
 */
export async function startBuiltApp(
  env: Record<string, string> = {},
): Promise<RunningApp> {
  for (const built of [
    'dist/apps/api/apps/api/src/main.js',
    'dist/apps/dashboard/index.html',
  ]) {
    if (!existsSync(join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'apps/api/scripts/start.mjs')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        PORT: '0',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
        // One process: the dashboard is under test here; the API's processes
        // are in apps/api/test/integration/operations/api-processes.integration-spec.ts.
        API_PROCESSES: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A loaded CI machine can take a minute to migrate and seed; an app that
  // never says it runs is stopped.
  const started = await waitForOutput(child, /running at (http:\/\/\S+)/, {
    timeoutMs: 90_000,
    what: 'the app',
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url: started.match[1],
    output: started.output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
