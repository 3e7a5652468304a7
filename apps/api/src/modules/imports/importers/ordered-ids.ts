import { randomBytes } from 'node:crypto';

const hex = (value: number, digits: number) =>
  value.toString(16).padStart(digits, '0');

/**
 * The first 20 hex digits (with their dashes) of the ids one import gives
 * its new request facts, in the layout of a UUID version 7 (RFC 9562 §5.7):
 * 48 bits of Unix milliseconds, the version, 26 random bits and the
 * variant; the last 48 bits are the row's number in the batch
 * (orderedIdSql). Ids of later imports sort after earlier ones and a
 * batch's ids are in insertion order, so request_fact's primary key grows
 * at its right edge instead of writing a random page of its index per row
 * (the costliest of its three indexes with random ids, docs/benchmarks.md).
 * Two imports starting in the same millisecond share a prefix with
 * probability 2⁻²⁶; the merges of one organisation take turns.
 */
export function orderedIdPrefix(
  nowMs: number = Date.now(),
  random: Buffer = randomBytes(4),
): string {
  const time = hex(nowMs, 12);
  const randA = ((random[0] << 4) | (random[1] >> 4)) & 0xfff;
  const variant =
    0x8000 |
    (((random[1] & 0x0f) << 10) | (random[2] << 2) | (random[3] & 0x03));
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(randA, 3)}-${hex(variant, 4)}-`;
}

/** A fact's id from the batch's prefix (a text parameter) and its 1-based number in the batch. */
export const orderedIdSql = (prefix: string, counter: string) =>
  `(${prefix}::text || lpad(to_hex(${counter}), 12, '0'))::uuid`;
