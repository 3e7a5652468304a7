import { loadConfig } from '../config/env.schema';
import { bootstrap } from '../main';
import { shutDown } from '../shutdown';
import {
  CLUSTER,
  ClusterMessage,
  WORKER_ENV,
} from '../common/cluster-messages';

/**
 * One API process of `npm start` under the cluster primary (api-cluster.ts):
 * starts the API, tells the primary it listens, and stops cleanly on SIGTERM
 * or SIGINT (the primary forwards its own), or at once when the primary is
 * gone (nothing can reach this process any more).
 */
export async function serveAsClusterWorker(): Promise<void> {
  const presetCode = process.env[WORKER_ENV.setupCode];
  delete process.env[WORKER_ENV.setupCode];
  let running: Awaited<ReturnType<typeof bootstrap>>;
  try {
    running = await bootstrap(loadConfig(process.env), {
      setupCode: presetCode,
    });
  } catch (error) {
    process.stderr.write(
      `ESM Planner could not start: ${error instanceof Error ? error.message : error}\n`,
    );
    process.exit(1);
  }
  if (process.env.NODE_ENV === 'test') {
    // Which process answered (its number, its pid), for the tests.
    const which = `${process.env[WORKER_ENV.index]} ${process.pid}`;
    running.app
      .getHttpServer()
      .prependListener('request', (_req, res) =>
        res.setHeader('x-api-process', which),
      );
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    shutDown(running.app, signal).then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`stopping failed: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', () => stop('SIGINT'));
  const message: ClusterMessage = {
    type: CLUSTER.ready,
    ready: {
      url: running.url,
      demo: running.demo,
      setupCode: running.setupCode,
    },
  };
  process.send?.(message);
}
