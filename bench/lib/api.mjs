// The API as a child process, and GraphQL over HTTP, for the benchmarks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built API as a child process; `sqlTraceFile`: preload sql-trace.cjs, recording there on SIGUSR2. */
export function startApi({
  root,
  databaseUrl,
  port,
  adminToken,
  storageDir,
  sqlTraceFile,
}) {
  const preload = sqlTraceFile
    ? ['--require', join(root, 'bench/lib/sql-trace.cjs')]
    : [];
  const child = spawn(
    process.execPath,
    [
      // E.g. `--cpu-prof --cpu-prof-dir=…` to profile the API (NODE_OPTIONS refuses it).
      ...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      ...preload,
      'apps/api/scripts/start.mjs',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        ADMIN_TOKEN: adminToken,
        SEED_DEMO: 'false',
        LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'warn',
        IMPORT_STORAGE_DIR: storageDir,
        NODE_ENV: 'production',
        // The trace is switched by a signal to the process the bench started: with
        // several API processes (decision 0022) that is the primary, which sends
        // no SQL, so the dashboard query's statements are taken from one process.
        ...(sqlTraceFile
          ? { BENCH_SQL_TRACE_FILE: sqlTraceFile, API_PROCESSES: '1' }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // BENCH_API_LOG_LEVEL (e.g. info, for the mapped imports' phase timings): the API's log on stderr.
  if (process.env.BENCH_API_LOG_LEVEL) {
    child.stdout.pipe(process.stderr, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
  }
  return { child, output: () => output };
}

export async function waitForHealth(base, api, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null)
      throw new Error(
        `The API exited (${api.child.exitCode}) before it was healthy:\n${api.output()}`,
      );
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(
    `The API was not healthy within ${timeoutMs / 1000} s:\n${api.output()}`,
  );
}

export async function stopApi(api) {
  if (!api || api.child.exitCode !== null) return;
  const exited = new Promise((resolve) => api.child.once('exit', resolve));
  api.child.kill('SIGINT');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

// One keep-alive connection per client, through node:http: fetch() (undici) costs the bench
// process several times more CPU per request, which on a two-core machine is taken from the
// API and PostgreSQL being measured.
function postJson(url, headers, body, agent) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export function graphqlClient(base, token) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = `${base}/graphql`;
  return async function graphql(query, variables = {}) {
    const post = () =>
      postJson(
        url,
        { authorization: `Bearer ${token}` },
        JSON.stringify({ query, variables }),
        agent,
      );
    // A kept-alive socket the server closed just as it was reused: once more on a fresh one.
    const { status, text } = await post().catch((error) =>
      error.code === 'ECONNRESET' ? post() : Promise.reject(error),
    );
    const body = JSON.parse(text);
    if (body.errors?.length)
      throw new Error(
        `GraphQL: ${body.errors.map((e) => e.message).join('; ')}`,
      );
    if (status !== 200) throw new Error(`GraphQL: HTTP ${status}`);
    return body.data;
  };
}

/** startImport as a GraphQL multipart request whose file part streams from disk. */
export async function startImportMultipart({
  base,
  token,
  organizationId,
  filePath,
  input = {},
}) {
  const query =
    'mutation StartImport($input: StartImportInput!) { startImport(input: $input) { id status } }';
  const fileSize = statSync(filePath).size;
  const variables = {
    input: {
      organizationId,
      kind: 'REQUESTS',
      format: 'GENERIC',
      file: null,
      fileName: 'bench-requests.csv',
      fileSize,
      ...input,
    },
  };
  const boundary = `esm-bench-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query, variables })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ['variables.input.file'] })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="bench-requests.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield head;
    for await (const chunk of createReadStream(filePath, {
      highWaterMark: 256 * 1024,
    }))
      yield chunk;
    yield tail;
  }
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + fileSize + tail.length),
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${token}`,
    },
    body: Readable.from(parts()),
    duplex: 'half',
  });
  const body = await response.json();
  if (body.errors?.length || !body.data?.startImport)
    throw new Error(`startImport: ${JSON.stringify(body.errors ?? body)}`);
  return body.data.startImport.id;
}

export function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
