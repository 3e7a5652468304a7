import { hashPassword, needsRehash, verifyPassword } from './password-hasher';

// Made with the hasher this project used before argon2id:
// scrypt(N=2^15, r=8, p=1, 32-byte key), salt "0123456789abcdef", password "old scrypt password".
const OLD_SCRYPT_HASH =
  'scrypt$32768$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$wWMETryGRJ03sY/GHgg061Ne5r1rVUrtcsDXa7JjiS4=';

describe(hashPassword.name, () => {
  it('hashes with argon2id at the OWASP parameters (19 MiB, 2 passes, 1 lane), in PHC form', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    await expect(
      verifyPassword('correct horse battery staple', stored),
    ).resolves.toBe(true);
    await expect(
      verifyPassword('correct horse battery stapl', stored),
    ).resolves.toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts: the same password never hashes the same way twice', async () => {
    expect(await hashPassword('same password')).not.toBe(
      await hashPassword('same password'),
    );
  });

  it('still verifies a scrypt hash from before, and says it needs rehashing', async () => {
    await expect(
      verifyPassword('old scrypt password', OLD_SCRYPT_HASH),
    ).resolves.toBe(true);
    await expect(
      verifyPassword('old scrypt passwore', OLD_SCRYPT_HASH),
    ).resolves.toBe(false);
    expect(needsRehash(OLD_SCRYPT_HASH)).toBe(true);
  });

  it('rehashes an argon2 hash made with weaker parameters', () => {
    expect(
      needsRehash(
        '$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$7ZkqjqfgVEJHXyR0OJeSGCDmB3vWtbpW1Bsdxzq+SGY',
      ),
    ).toBe(true);
    expect(
      needsRehash(
        '$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$7ZkqjqfgVEJHXyR0OJeSGCDmB3vWtbpW1Bsdxzq+SGY',
      ),
    ).toBe(true);
  });

  it('refuses a stored value that is no hash it knows', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', '$argon2id$garbage')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$1$8$1$$')).resolves.toBe(false);
  });
});
