// `npm run worker`: a stand-alone import worker (see apps/api/src/worker.ts).
// It needs DATABASE_URL: the embedded database belongs to `npm start`.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

if (!process.env.DATABASE_URL) {
  console.error(
    'The worker needs DATABASE_URL (the same database as the API).',
  );
  process.exit(2);
}
const { startWorker } = require(
  join(ROOT, 'dist/apps/api/apps/api/src/worker.js'),
);
const { shutDownOnSignals } = require(
  join(ROOT, 'dist/apps/api/apps/api/src/shutdown.js'),
);
const worker = await startWorker();
console.log('ESM Planner import worker is running. Press Ctrl-C to stop.');
// A running import is handed back to the queue (docs/security.md "Operations").
shutDownOnSignals(worker);
