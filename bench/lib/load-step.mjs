// The load step of bench/dashboard-and-load.mjs (quality.md § Performance:
// p99 ≤ 100 ms at ≥ 1,000 req/s, 0 errors; a trivial query's fixed cost
// < 0.5 ms of API CPU). It replays what the dashboard's pages send
// (lib/page-requests.mjs) with autocannon in a process of its own
// (lib/load-client.mjs) against the API started with each API_PROCESSES
// value in turn, in alternating rounds, and reports for each: requests per
// second, p50/p99, errors, and the CPU seconds the API's processes and
// PostgreSQL's backends spent per request.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cpuSecondsBetween,
  cpuSnapshot,
  postgresPids,
  processTree,
} from './process-cpu.mjs';
import { summarizeLoad } from './load-summary.mjs';
import { loadPages, recordPageRequests } from './page-requests.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const WARM_UP_S = 5;
const SERIAL_RUNS = 30;
const TRIVIAL = 'Organizations';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function runLoadClient(config) {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(
      process.execPath,
      [join(HERE, 'load-client.mjs'), JSON.stringify(config)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout))
        : reject(new Error(`the load client failed (${code}): ${stderr}`)),
    );
  });
}

/** One autocannon run, with the CPU the API's processes and the database's backends spent meanwhile. */
async function measuredLoad({
  url,
  app,
  database,
  requests,
  connections,
  duration,
}) {
  const apiPids = processTree(app.pid);
  const before = {
    api: cpuSnapshot(apiPids),
    backends: cpuSnapshot(postgresPids(database)),
    postgres: cpuSnapshot(postgresPids()),
  };
  const result = await runLoadClient({ url, connections, duration, requests });
  const apiSeconds = cpuSecondsBetween(
    before.api,
    cpuSnapshot(processTree(app.pid)),
  );
  const backendSeconds = cpuSecondsBetween(
    before.backends,
    cpuSnapshot(postgresPids(database)),
  );
  const postgresSeconds = cpuSecondsBetween(
    before.postgres,
    cpuSnapshot(postgresPids()),
  );
  const perRequestMs = (seconds) =>
    +((seconds * 1000) / Math.max(1, result.requests)).toFixed(3);
  return {
    requests: result.requests,
    requestsPerSecond: Math.round(result.requestsPerSecond),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    // autocannon's `errors` already counts its timeouts.
    errors: result.errors + result.non2xx + result.graphqlErrors,
    breakdown: {
      socketErrors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors: result.graphqlErrors,
    },
    apiProcesses: apiPids.length,
    cpu: {
      apiSeconds: +apiSeconds.toFixed(1),
      // Backends of the bench's database; every PostgreSQL process (on a
      // shared machine, the neighbours' queries too) for comparison.
      postgresBackendSeconds: +backendSeconds.toFixed(1),
      postgresAllSeconds: +postgresSeconds.toFixed(1),
      loadClientSeconds: +result.cpuSeconds.toFixed(1),
      apiMsPerRequest: perRequestMs(apiSeconds),
      postgresMsPerRequest: perRequestMs(backendSeconds),
    },
  };
}

/** Each operation alone, one request at a time: median ms of SERIAL_RUNS after a few warm-ups. */
async function serialLatencies(url, requests) {
  const byOperation = new Map();
  for (const request of requests)
    if (!byOperation.has(request.operationName))
      byOperation.set(request.operationName, request);
  const result = {};
  for (const [name, request] of byOperation) {
    const times = [];
    let text = '';
    for (let run = 0; run < SERIAL_RUNS + 3; run += 1) {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
      });
      text = await response.text();
      if (response.status !== 200 || text.includes('"errors"'))
        throw new Error(
          `${name} failed (${response.status}): ${text.slice(0, 300)}`,
        );
      if (run >= 3) times.push(performance.now() - started);
    }
    result[name] = {
      medianMs: +median(times).toFixed(2),
      responseKb: +(Buffer.byteLength(text) / 1024).toFixed(1),
    };
  }
  return result;
}

/** The trivial query as the dashboard sends it (every page's layout asks it). */
function trivialRequest(requests) {
  const found = requests.find((request) => request.operationName === TRIVIAL);
  if (found) return found;
  const { headers } = requests[0];
  return {
    operationName: TRIVIAL,
    headers,
    body: JSON.stringify({
      operationName: TRIVIAL,
      variables: {},
      query: 'query Organizations { organizations { id name myRole } }',
    }),
  };
}

/**
 * Records the pages' requests on the running app at `url`, then for each
 * round and each API_PROCESSES value: starts the app afresh on the same
 * database, warms it up, loads it with the pages' mix and then with the
 * trivial query alone, and stops it.
 */
export async function runLoadStep(options) {
  const { url, context, demo, startApp, databaseUrl, database, log } = options;
  const { processes, rounds, connections, duration, trivialDuration } = options;
  const pages = loadPages(url, context);
  const { requests, left } = await recordPageRequests({ url, demo, pages });
  log(
    `load mix: ${requests.length} requests from ${Object.keys(pages).length} pages (${requests.map((r) => `${r.page}:${r.operationName}`).join(', ')}); not replayed: ${left.join(', ') || 'none'}`,
  );
  const trivial = [trivialRequest(requests)];
  const runs = [];
  let serial = null;
  for (let round = 1; round <= rounds; round += 1) {
    for (const count of processes) {
      const app = await startApp(databaseUrl, { API_PROCESSES: String(count) });
      try {
        await runLoadClient({
          url: app.url,
          connections,
          duration: WARM_UP_S,
          requests,
        });
        serial ??= await serialLatencies(app.url, requests);
        await sleep(500);
        const mix = await measuredLoad({
          url: app.url,
          app,
          database,
          requests,
          connections,
          duration,
        });
        const alone = await measuredLoad({
          url: app.url,
          app,
          database,
          requests: trivial,
          connections,
          duration: trivialDuration,
        });
        runs.push({ round, processes: count, mix, trivial: alone });
        log(
          `load round ${round}, ${count} API process(es): pages' mix ${mix.requestsPerSecond}/s, p50 ${mix.p50Ms} ms, p99 ${mix.p99Ms} ms, ${mix.errors} errors, CPU ms/request API ${mix.cpu.apiMsPerRequest} + PostgreSQL ${mix.cpu.postgresMsPerRequest}; ${TRIVIAL} alone ${alone.requestsPerSecond}/s, p99 ${alone.p99Ms} ms, API CPU ${alone.cpu.apiMsPerRequest} ms/request`,
        );
      } finally {
        await app.stop();
      }
    }
  }
  return {
    connections,
    durationS: duration,
    trivialDurationS: trivialDuration,
    pages,
    replayed: requests.map((r) => ({
      page: r.page,
      operation: r.operationName,
    })),
    notReplayed: left,
    serial,
    runs,
  };
}

/** The summary rows of the bench's table: each API_PROCESSES value, median over the rounds. */
export function loadTable(load, targets) {
  const mark = (ok) => (ok ? '✓' : '✗');
  return summarizeLoad(load).flatMap((summary) => {
    const { processes, rounds, p99Ms, requestsPerSecond, errors } = summary;
    const of = `${processes} API process${processes === 1 ? '' : 'es'}, median of ${rounds}`;
    const trivialMs = summary.trivialApiMsPerRequest;
    return [
      `| pages' requests under load (${of}): p99 at req/s | ${p99Ms} ms ${mark(p99Ms <= targets.p99Ms)} at ${requestsPerSecond}/s ${mark(requestsPerSecond >= targets.requestsPerSecond)} | ≤ ${targets.p99Ms} ms at ≥ ${targets.requestsPerSecond}/s |`,
      `| pages' requests under load (${of}): errors (worst) | ${errors} ${mark(errors === 0)} | 0 |`,
      `| pages' requests under load (${of}): CPU ms a request, API + PostgreSQL | ${summary.apiMsPerRequest} + ${summary.postgresMsPerRequest} | |`,
      `| \`${TRIVIAL}\` alone under load (${of}): API CPU a request | ${trivialMs} ms ${mark(trivialMs < targets.trivialApiCpuMs)} | < ${targets.trivialApiCpuMs} ms |`,
    ];
  });
}
