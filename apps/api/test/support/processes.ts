import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_ADMIN_TOKEN, TEST_IMPORT_STORAGE_DIR } from './test-api';

const ROOT = join(__dirname, '../../../..');

/** An API or worker started from the TypeScript sources in a process of its own. */
export type ServerProcess = {
  child: ChildProcess;
  /** The API's address (`null` for a worker). */
  url: string | null;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
};

/**
 * Starts apps/api/test/support/{api,worker}-process.ts on `databaseUrl` and
 * resolves once it says it is ready. Environment: the test API's defaults
 * (test-api.ts), then `env`.
 */
export async function startServerProcess(
  kind: 'api' | 'worker',
  databaseUrl: string,
  env: Record<string, string> = {},
  /** Modules loaded first (`node -r`), e.g. skewed-clock.ts. */
  preload: string[] = [],
): Promise<ServerProcess> {
  const preloads = preload.flatMap((module) => ['-r', module]);
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      ...preloads,
      join(ROOT, `apps/api/test/support/${kind}-process.ts`),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: '0',
        DATABASE_URL: databaseUrl,
        ADMIN_TOKEN: TEST_ADMIN_TOKEN,
        SEED_DEMO: 'false',
        IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
        TRUST_PROXY: 'loopback',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const url = await new Promise<string | null>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the ${kind} process did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /(api|worker) ready(?: at (http:\/\/\S+))?/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[2] ?? null);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the ${kind} process exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

/** Ends a test's process at once (SIGKILL) and waits for it, whatever state it is in. */
export async function killServerProcess(
  server: ServerProcess | null | undefined,
): Promise<void> {
  if (
    !server ||
    server.child.exitCode !== null ||
    server.child.signalCode !== null
  )
    return;
  server.child.kill('SIGKILL');
  await server.exited;
}
