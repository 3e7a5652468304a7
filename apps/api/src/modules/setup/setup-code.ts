import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O or 1/I/L: the code is read off a terminal and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A fresh setup code: 16 characters from a 31-letter alphabet (about 79
 * bits), in groups of four for reading, e.g. `K7QM-2XRD-9PWT-HC4N`.
 */
export function newSetupCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from(
      { length: GROUP_LENGTH },
      () => ALPHABET[randomInt(ALPHABET.length)],
    ).join(''),
  );
  return groups.join('-');
}

/** What counts of a typed code: letters and digits, in capitals (spaces, dashes and case are forgiven). */
export function normaliseSetupCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const digest = (code: string) =>
  createHash('sha256').update(normaliseSetupCode(code)).digest();

/** Whether the typed code is the expected one, in constant time. */
export function setupCodeMatches(typed: string, expected: string): boolean {
  return timingSafeEqual(digest(typed), digest(expected));
}
