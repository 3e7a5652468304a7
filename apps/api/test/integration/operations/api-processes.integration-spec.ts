import { ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { waitForOutput } from '@esm-planner/shared-testing';
import {
  createScratchDatabase,
  ScratchDatabase,
} from '../../support/scratch-database';
import { TEST_IMPORT_STORAGE_DIR } from '../../support/test-api';

const ROOT = join(__dirname, '../../../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Answer = {
  process: string;
  pid: number;
  status: number;
  body: string;
  /** 'hit' when the response cache answered (decision 0027). */
  cache?: string;
};

/** One request on `agent`'s connection; which process answered (x-api-process, test mode only). */
function send(
  url: string,
  agent: Agent | false,
  path: string,
  body?: object,
  token?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        agent,
        method: body ? 'POST' : 'GET',
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const [index, pid] = String(res.headers['x-api-process']).split(' ');
          resolve({
            process: index,
            pid: Number(pid),
            status: res.statusCode ?? 0,
            body: text,
            cache: res.headers['x-response-cache'] as string | undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () =>
      req.destroy(new Error(`no answer to ${path} in 10 s`)),
    );
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A keep-alive connection to each of the API's processes, by process number. */
async function connectionsByProcess(url: string): Promise<Map<string, Agent>> {
  const found = new Map<string, Agent>();
  for (let attempt = 0; attempt < 20 && found.size < 2; attempt += 1) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const { process: which } = await send(url, agent, '/health');
    if (found.has(which)) agent.destroy();
    else found.set(which, agent);
  }
  return found;
}

// `npm start` with API_PROCESSES=2 (apps/api/src/cluster/): both processes
// serve the port, share the first one's setup code, a process that dies is
// replaced, and SIGTERM stops them all.
describe('npm start with API_PROCESSES=2', () => {
  let database: ScratchDatabase;
  let primary: ChildProcess;
  let output: () => string;
  let exited: Promise<number | null>;
  let url: string;
  let token: string;

  beforeAll(async () => {
    database = await createScratchDatabase('api_processes');
    primary = spawn(
      process.execPath,
      [join(ROOT, 'apps/api/scripts/start.mjs'), '--dev'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          API_PROCESSES: '2',
          PORT: '0',
          DATABASE_URL: database.url,
          SEED_DEMO: 'false',
          LOG_LEVEL: 'warn',
          IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
          SHUTDOWN_DRAIN_MS: '500',
          // Long enough that only the processes' eviction messages can explain a refusal.
          AUTH_CACHE_TTL_SECONDS: '60',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    exited = new Promise((resolve) => primary.once('exit', resolve));
    const started = await waitForOutput(primary, /running at (http:\/\/\S+)/, {
      timeoutMs: 150_000,
      what: 'npm start',
    });
    url = started.match[1];
    output = started.output;
  }, 180_000);

  afterAll(async () => {
    if (primary.exitCode === null && primary.signalCode === null) {
      primary.kill('SIGKILL');
      await exited;
    }
    await database.drop();
  });

  it('serves the port from two processes, neither of them the primary', async () => {
    expect(output()).toContain('API processes: 2');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => send(url, false, '/health')),
    );
    const pids = new Set(answers.map((answer) => answer.pid));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(pids.size).toBe(2);
    expect(pids.has(primary.pid!)).toBe(false);
    expect(new Set(answers.map((answer) => answer.process))).toEqual(
      new Set(['1', '2']),
    );
  }, 60_000);

  it('accepts the setup code the start printed on the second process too', async () => {
    const code = /Setup code: (\S+)/.exec(output())?.[1];
    expect(code).toBeDefined();
    const byProcess = await connectionsByProcess(url);
    const second = byProcess.get('2')!;
    const answer = await send(url, second, '/graphql', {
      query:
        'mutation($input: CompleteSetupInput!) { completeSetup(input: $input) { token } }',
      variables: {
        input: {
          setupCode: code,
          email: 'first@example.test',
          name: 'First Admin',
          password: 'a long enough password',
          organizationName: 'Cluster Org',
        },
      },
    });
    for (const agent of byProcess.values()) agent.destroy();
    expect(answer.process).toBe('2');
    token = JSON.parse(answer.body).data.completeSetup.token;
    expect(token).toEqual(expect.any(String));
  }, 60_000);

  it("never serves a cached answer on one process after a write on the other (the data version is PostgreSQL's)", async () => {
    const byProcess = await connectionsByProcess(url);
    const ask = async (which: string, query: string, variables = {}) => {
      const answer = await send(
        url,
        byProcess.get(which)!,
        '/graphql',
        { query, variables },
        token,
      );
      expect(answer.process).toBe(which);
      return { cache: answer.cache, data: JSON.parse(answer.body).data };
    };
    const { data } = await ask('1', '{ organizations { id } }');
    const organizationId = data.organizations[0].id;
    const DEPARTMENTS =
      'query($id: ID!) { departments(organizationId: $id) { name } }';
    const names = (answer: { data: any }) =>
      answer.data.departments.map((d: { name: string }) => d.name);
    await ask('1', DEPARTMENTS, { id: organizationId });
    const cached = await ask('1', DEPARTMENTS, { id: organizationId });
    expect(cached.cache).toBe('hit');
    await ask(
      '2',
      'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
      { input: { organizationId, name: 'Written on 2', kind: 'OTHER' } },
    );
    const after = await ask('1', DEPARTMENTS, { id: organizationId });
    for (const agent of byProcess.values()) agent.destroy();
    expect(after.cache).toBeUndefined();
    expect(names(after).sort()).toEqual(
      [...names(cached), 'Written on 2'].sort(),
    );
  }, 60_000);

  it('refuses a session logged out on one process on the other at once (their caches are told)', async () => {
    const byProcess = await connectionsByProcess(url);
    const me = (agent: Agent) =>
      send(url, agent, '/graphql', { query: '{ me { email } }' }, token);
    // Twice: the second answer comes from process 1's cache.
    for (let i = 0; i < 2; i += 1)
      expect(JSON.parse((await me(byProcess.get('1')!)).body).data).toEqual({
        me: { email: 'first@example.test' },
      });
    const logout = await send(
      url,
      byProcess.get('2')!,
      '/graphql',
      { query: 'mutation { logout }' },
      token,
    );
    expect(JSON.parse(logout.body).data).toEqual({ logout: true });
    const after = await me(byProcess.get('1')!);
    for (const agent of byProcess.values()) agent.destroy();
    expect(after.process).toBe('1');
    expect(JSON.parse(after.body).errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  }, 60_000);

  it('replaces a process that dies', async () => {
    const byProcess = await connectionsByProcess(url);
    const { pid } = await send(url, byProcess.get('2')!, '/health');
    for (const agent of byProcess.values()) agent.destroy();
    process.kill(pid, 'SIGKILL');
    // A connection handed to the dead process before the primary learns of
    // its death is lost (Node's round-robin waits for the dead process to
    // take it); from its "ended" line on, every connection goes to a live one.
    const ended = `API process 2 (pid ${pid}) ended (SIGKILL)`;
    for (let i = 0; i < 100 && !output().includes(ended); i += 1)
      await sleep(100);
    expect(output()).toContain(ended);
    let replaced: Answer | null = null;
    // The new process compiles the sources again (--dev): allow a slow machine.
    const deadline = Date.now() + 200_000;
    const seen: string[] = [];
    while (!replaced && Date.now() < deadline) {
      const answer = await send(url, false, '/health').catch(
        (error: Error) => error,
      );
      if (answer instanceof Error) seen.push(answer.message);
      else if (answer.process === '2' && answer.pid !== pid) replaced = answer;
      await sleep(200);
    }
    expect({ status: replaced?.status, seen: seen.slice(-3) }).toEqual({
      status: 200,
      seen: [],
    });
  }, 240_000);

  it('stops every process on SIGTERM and exits 0', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => send(url, false, '/health')),
    );
    const pids = [...new Set(answers.map((answer) => answer.pid))];
    expect(pids).toHaveLength(2);
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
  }, 60_000);
});
