// A stand-alone import worker in its own process, so a test can kill it
// mid-import (SIGKILL) as a crash would, or stop it (SIGTERM) as `npm run worker` stops: node -r @swc-node/register worker-process.ts
import { loadConfig } from '../../src/config/env.schema';
import { shutDownOnSignals } from '../../src/shutdown';
import { startWorker } from '../../src/worker';

startWorker(
  loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  }),
)
  .then((worker) => {
    shutDownOnSignals(worker);
    process.stdout.write('worker ready\n');
  })
  .catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
