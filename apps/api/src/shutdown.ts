import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/env.schema';
import { Draining } from './modules/health/draining';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops the API or the worker cleanly (docs/security.md "Operations"). On
 * SIGTERM — what an orchestrator sends — the API first drains: /health
 * answers 503 for SHUTDOWN_DRAIN_MS while other requests are still served,
 * so the load balancer takes it out of rotation before it stops listening.
 * Then Nest closes: a running import is handed back to the queue
 * (ImportQueue.onModuleDestroy), the HTTP server stops once its requests are
 * answered, and the pool closes. Ctrl-C (SIGINT) skips the wait.
 */
export async function shutDown(
  app: INestApplicationContext,
  signal: NodeJS.Signals,
): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  let draining: Draining | null = null;
  try {
    draining = app.get(Draining, { strict: false });
  } catch {
    // The stand-alone worker serves no HTTP: nothing to drain.
  }
  if (draining) {
    draining.begin();
    if (signal === 'SIGTERM') await sleep(config.SHUTDOWN_DRAIN_MS);
  }
  await app.close();
}

/** Shuts down on the first SIGTERM or SIGINT, then exits (0 when clean); for a process that runs nothing else. */
export function shutDownOnSignals(app: INestApplicationContext): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    shutDown(app, signal).then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`stopping failed: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
