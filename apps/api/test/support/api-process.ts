// The API in its own process, as `npm start` runs it, so a test can start
// several at once, SIGTERM or SIGKILL one: node -r @swc-node/register api-process.ts
import { loadConfig } from '../../src/config/env.schema';
import { bootstrap } from '../../src/main';
import { shutDownOnSignals } from '../../src/shutdown';

bootstrap(
  loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  }),
)
  .then((running) => {
    shutDownOnSignals(running.app);
    process.stdout.write(`api ready at ${running.url}\n`);
  })
  .catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
