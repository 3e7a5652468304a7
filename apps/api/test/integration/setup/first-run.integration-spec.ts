import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

// The first run needs a database with no user at all: each test file of the
// run shares TEST_DATABASE_URL (and fills it), so these get their own.
async function freshDatabase(
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_SERVER_URL!;
  const database = `esm_planner_${name}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
    },
  };
}

const STATUS = `{ setupStatus { required } }`;
const COMPLETE = `mutation($input: CompleteSetupInput!) { completeSetup(input: $input) { token expiresAt user { id email name } } }`;
const ME = `{ me { email memberships { organizationId role } } organizations { id name timeZone currency } }`;
const CHECKLIST = `query($id: ID!) { gettingStarted(organizationId: $id) { complete empty steps { step done } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

const VALID = {
  email: 'Ada@Example.test',
  name: 'Ada Lovelace',
  password: 'first-admin-password',
  organizationName: 'Analytical Engines Ltd',
  timeZone: 'Europe/London',
  currency: 'gbp',
};

describe('first run on a real database (api.md "Who may do what")', () => {
  let database: { url: string; drop: () => Promise<void> };
  let api: TestApi;
  let code: string;

  beforeAll(async () => {
    database = await freshDatabase('first_run');
    api = await startTestApi({ DATABASE_URL: database.url });
    code = api.running.setupCode!;
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('makes a setup code at start and says setup is required, to anyone', async () => {
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(await api.ok(STATUS, {}, null)).toEqual({
      setupStatus: { required: true },
    });
  });

  it('names every bad field and writes nothing', async () => {
    const result = await api.gql(
      COMPLETE,
      {
        input: {
          setupCode: code,
          email: 'not-an-address',
          name: ' ',
          password: 'short',
          organizationName: '',
          timeZone: 'Mars/Olympus',
          currency: 'POUNDS',
        },
      },
      null,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = (
      result.errors![0].extensions!.fields as { field: string }[]
    ).map((problem) => problem.field);
    expect(fields.sort()).toEqual([
      'currency',
      'email',
      'name',
      'organizationName',
      'password',
      'timeZone',
    ]);
    expect(await api.ok(STATUS, {}, null)).toEqual({
      setupStatus: { required: true },
    });

    const noCode = await api.gql(
      COMPLETE,
      { input: { ...VALID, setupCode: '  ' } },
      null,
    );
    expect(errorCode(noCode)).toBe('BAD_USER_INPUT');
    expect(noCode.errors![0].extensions!.fields).toEqual([
      {
        field: 'setupCode',
        message: 'enter the setup code from the server log',
      },
    ]);
  });

  it('refuses a wrong code with FORBIDDEN beside the code field, and counts it toward the sign-in limit', async () => {
    const attacker = {
      ...VALID,
      email: 'mallory@example.test',
      setupCode: 'AAAA-BBBB-CCCC-DDDD',
    };
    const wrong = await api.gql(COMPLETE, { input: attacker }, null);
    expect(errorCode(wrong)).toBe('FORBIDDEN');
    expect(wrong.errors![0].extensions!.fields).toEqual([
      { field: 'setupCode', message: 'not the code in the server log' },
    ]);
    // Ten failed attempts per account (docs/security.md): the one above and nine more…
    for (let attempt = 2; attempt <= 10; attempt++) {
      expect(
        errorCode(await api.gql(COMPLETE, { input: attacker }, null)),
      ).toBe('FORBIDDEN');
    }
    // …then even the right code is refused for that account until the window ends.
    const limited = await api.gql(
      COMPLETE,
      { input: { ...attacker, setupCode: code } },
      null,
    );
    expect(errorCode(limited)).toBe('UNAUTHENTICATED');
    expect(limited.errors![0].message).toMatch(
      /^too many failed sign-ins: try again in \d+ minutes?$/,
    );
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(await api.ok(STATUS, {}, null)).toEqual({
      setupStatus: { required: true },
    });
  });

  it('creates the first ADMIN and organisation with the right code and signs them in', async () => {
    // Typed as people type codes: lower case, spaces instead of dashes.
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const { completeSetup } = await api.ok(
      COMPLETE,
      { input: { ...VALID, setupCode: typed } },
      null,
    );
    expect(completeSetup.token).toMatch(/^esms_/);
    expect(completeSetup.user).toMatchObject({
      email: 'ada@example.test',
      name: 'Ada Lovelace',
    });

    const { me, organizations } = await api.ok(ME, {}, completeSetup.token);
    expect(organizations).toEqual([
      {
        id: expect.any(String),
        name: 'Analytical Engines Ltd',
        timeZone: 'Europe/London',
        currency: 'GBP',
      },
    ]);
    expect(me.memberships).toEqual([
      { organizationId: organizations[0].id, role: 'ADMIN' },
    ]);
    // The password works for an ordinary sign-in.
    await api.ok(
      LOGIN,
      { email: 'ada@example.test', password: VALID.password },
      null,
    );

    // The new organisation has no data: its checklist is all to do.
    const { gettingStarted } = await api.ok(
      CHECKLIST,
      { id: organizations[0].id },
      completeSetup.token,
    );
    expect(gettingStarted).toEqual({
      complete: false,
      empty: true,
      steps: [
        'DEPARTMENTS',
        'AUDIT',
        'REQUESTS_OR_METRICS',
        'ROLLOUT_PLAN',
        'BUSINESS_CASE',
      ].map((step) => ({ step, done: false })),
    });
    await api.ok(
      `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
      {
        input: { organizationId: organizations[0].id, name: 'HR', kind: 'HR' },
      },
      completeSetup.token,
    );
    // Another organisation's checklist is not found, exactly as an id that does not exist.
    const elsewhere = await api.ok(
      `mutation { createOrganization(input: { name: "Elsewhere" }) { id } }`,
    );
    expect(
      errorCode(
        await api.gql(
          CHECKLIST,
          { id: elsewhere.createOrganization.id },
          completeSetup.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    const after = await api.ok(
      CHECKLIST,
      { id: organizations[0].id },
      completeSetup.token,
    );
    expect(after.gettingStarted.empty).toBe(false);
    expect(after.gettingStarted.steps[0]).toEqual({
      step: 'DEPARTMENTS',
      done: true,
    });
  });

  it('answers CONFLICT once a user exists, and setup is no longer required', async () => {
    expect(await api.ok(STATUS, {}, null)).toEqual({
      setupStatus: { required: false },
    });
    const again = await api.gql(
      COMPLETE,
      { input: { ...VALID, email: 'eve@example.test', setupCode: code } },
      null,
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('makes no code on a later start', async () => {
    const restarted = await startTestApi({ DATABASE_URL: database.url });
    try {
      expect(restarted.running.setupCode).toBeNull();
    } finally {
      await restarted.close();
    }
  });
});

describe('npm run cli -- admin create', () => {
  const ROOT = join(__dirname, '../../../../..');
  const cli = (args: string[], env: Record<string, string>, input: string) =>
    spawnSync(
      process.execPath,
      [join(ROOT, 'apps/cli/bin/esm-planner.js'), 'admin', 'create', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        input,
        encoding: 'utf8',
        timeout: 90_000,
      },
    );

  it('creates the first ADMIN with no server running, names bad options, and refuses once a user exists', async () => {
    const database = await freshDatabase('cli_admin');
    try {
      const args = [
        '--email',
        'grace@example.test',
        '--name',
        'Grace Hopper',
        '--organization',
        'Navy Labs',
        '--time-zone',
        'America/New_York',
      ];
      const bad = cli(
        [...args, '--currency', 'dollars'],
        { DATABASE_URL: database.url },
        'cli-admin-password\n',
      );
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain(
        '--currency: currency must be an ISO 4217 code such as USD, got DOLLARS',
      );

      const created = cli(
        args,
        { DATABASE_URL: database.url },
        'cli-admin-password\n',
      );
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      expect(created.stdout).toContain(
        'Created grace@example.test, ADMIN of "Navy Labs"',
      );

      const api = await startTestApi({ DATABASE_URL: database.url });
      try {
        expect(api.running.setupCode).toBeNull();
        const { login } = await api.ok(
          LOGIN,
          { email: 'grace@example.test', password: 'cli-admin-password' },
          null,
        );
        const { organizations } = await api.ok(ME, {}, login.token);
        expect(organizations).toEqual([
          {
            id: expect.any(String),
            name: 'Navy Labs',
            timeZone: 'America/New_York',
            currency: 'USD',
          },
        ]);
      } finally {
        await api.close();
      }

      const again = cli(
        ['--email', 'x@example.test', '--name', 'X', '--organization', 'Other'],
        { DATABASE_URL: database.url },
        'another-password-1\n',
      );
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already set up');
    } finally {
      await database.drop();
    }
    // Three CLI runs, each compiling the TypeScript sources it runs through swc and migrating a database.
  }, 180_000);
});
