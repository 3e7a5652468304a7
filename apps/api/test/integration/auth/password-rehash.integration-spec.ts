import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { buildOrganization, QUERIES } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';

// scrypt(N=2^15, r=8, p=1) of "old scrypt password", salt "0123456789abcdef": an
// account created before argon2id (see password-hasher.spec.ts).
const OLD_SCRYPT_HASH =
  'scrypt$32768$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$wWMETryGRJ03sY/GHgg061Ne5r1rVUrtcsDXa7JjiS4=';
const ARGON2ID = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

describe('passwords', () => {
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const storedHash = async (id: string) =>
    (await db.query('SELECT password_hash FROM app_user WHERE id = $1', [id]))
      .rows[0].password_hash as string;

  it('stores new passwords as argon2id', async () => {
    const { createUser } = await api.ok(QUERIES.CREATE_USER, {
      input: {
        email: `new-${randomUUID()}@example.test`,
        name: 'New',
        password: 'a-new-password-1',
      },
    });
    expect(await storedHash(createUser.id)).toMatch(ARGON2ID);
  });

  it('signs in an account with an old scrypt hash and rehashes it with argon2id', async () => {
    await buildOrganization(api);
    const email = `old-${randomUUID()}@example.test`;
    const { rows } = await db.query(
      'INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id',
      [email, 'Old account', OLD_SCRYPT_HASH],
    );
    const id = rows[0].id as string;

    const wrong = await api.gql(
      QUERIES.LOGIN,
      { email, password: 'not the password' },
      null,
    );
    expect(wrong.errors?.[0].message).toBe('wrong e-mail or password');
    expect(await storedHash(id)).toBe(OLD_SCRYPT_HASH);

    const { login } = await api.ok(
      QUERIES.LOGIN,
      { email, password: 'old scrypt password' },
      null,
    );
    expect(login.token).toMatch(/^esms_/);
    const rehashed = await storedHash(id);
    expect(rehashed).toMatch(ARGON2ID);

    // The new hash works, and is not replaced again.
    await api.ok(
      QUERIES.LOGIN,
      { email, password: 'old scrypt password' },
      null,
    );
    expect(await storedHash(id)).toBe(rehashed);
  });
});
