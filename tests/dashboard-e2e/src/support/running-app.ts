import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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
  let output = '';
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
  const url = await new Promise<string>((resolve, reject) => {
    // A loaded CI machine can take a minute to migrate and seed; an app that
    // never says it runs is stopped, or jest would wait on it forever.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app did not start within 90 s:\n${output}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`the app exited with ${code}:\n${output}`)),
    );
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
