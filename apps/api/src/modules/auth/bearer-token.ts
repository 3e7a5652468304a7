import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Prefixes say what a token is when it turns up in a log or a secret
// scanner, and let the guard look it up in the right table.
export const SESSION_TOKEN_PREFIX = 'esms_';
export const API_TOKEN_PREFIX = 'esmp_';

export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Tokens are stored only as this digest; 256 random bits need no salt. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(
  header: string | string[] | undefined,
): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match ? match[1] : null;
}

/** Compares without leaking, through timing, how much of a secret matched. */
export function sameSecret(candidate: string, secret: string): boolean {
  return secretMatcher(secret)(candidate);
}

/** sameSecret with the secret's digest computed once (the guard checks every request against ADMIN_TOKEN). */
export function secretMatcher(secret: string): (candidate: string) => boolean {
  const expected = createHash('sha256').update(secret).digest();
  return (candidate) =>
    timingSafeEqual(createHash('sha256').update(candidate).digest(), expected);
}
