import {
  scrypt as scryptCallback,
  ScryptOptions,
  timingSafeEqual,
} from 'node:crypto';
import { Algorithm, hash, parseOptions, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting (Password Storage Cheat
 * Sheet): 19 MiB of memory, 2 passes, 1 lane — about 30 ms on one core of
 * this project's machines, on libuv's thread pool rather than the event
 * loop. The parameters travel in each PHC string (`$argon2id$v=19$m=…`), so
 * raising them later only rehashes each password at its next sign-in.
 */
export const ARGON2ID_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

// The hashes stored before argon2id: "scrypt$N$r$p$salt$hash" (base64),
// N=2^15, r=8, p=1. Still verified, and replaced at the next sign-in.
const SCRYPT_KEY_LENGTH = 32;
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword(
  password: string,
  stored: string,
): Promise<boolean> {
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
  if (!stored.startsWith('$argon2')) return false;
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored value is a failed check, never a crash.
    return false;
  }
}

/** True when the stored hash is not argon2id at today's parameters (rehash it after a successful sign-in). */
export function needsRehash(stored: string): boolean {
  if (!stored.startsWith('$argon2id$')) return true;
  try {
    const options = parseOptions(stored);
    return (
      options.algorithm !== ARGON2ID_OPTIONS.algorithm ||
      options.memoryCost < ARGON2ID_OPTIONS.memoryCost ||
      options.timeCost < ARGON2ID_OPTIONS.timeCost ||
      options.parallelism !== ARGON2ID_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

function scrypt(
  password: string,
  salt: Buffer,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, SCRYPT_KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

async function verifyScrypt(
  password: string,
  stored: string,
): Promise<boolean> {
  const [, cost, blockSize, parallelization, salt, hashed] = stored.split('$');
  if (!salt || !hashed) return false;
  const expected = Buffer.from(hashed, 'base64');
  try {
    const actual = await scrypt(password, Buffer.from(salt, 'base64'), {
      N: Number(cost),
      r: Number(blockSize),
      p: Number(parallelization),
      maxmem: SCRYPT_MAX_MEMORY,
    });
    return (
      actual.length === expected.length && timingSafeEqual(actual, expected)
    );
  } catch {
    return false;
  }
}
