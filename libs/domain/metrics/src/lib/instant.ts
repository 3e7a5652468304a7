/**
 * A moment in time: an ISO-8601 timestamp that carries its offset
 * (`2026-03-01T23:30:00Z`, `2026-03-02T00:30:00+01:00`), or a `Date` (what
 * the database driver returns for `timestamptz`).
 */
export type Instant = string | Date;

// YYYY-MM-DDTHH:mm, optional :ss and fraction, then Z or ±HH:MM / ±HHMM / ±HH.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an instant.
 *
 * A timestamp without an offset is refused rather than read in the
 * process's local time (what `Date.parse` would do): the importer has
 * already read such values in the organisation's time zone, so one reaching
 * the calculation is a bug, and guessing would move requests between weeks.
 * @throws RangeError naming `field` when the value is not an instant.
 */
export function parseInstant(value: Instant, field: string): number {
  if (value instanceof Date) {
    const epochMs = value.getTime();
    if (Number.isNaN(epochMs))
      throw new RangeError(`${field} is an invalid Date`);
    return epochMs;
  }
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  const epochMs = match ? fromMatch(match) : null;
  if (epochMs === null) {
    throw new RangeError(
      `${field} must be an ISO-8601 timestamp with an offset, such as ` +
        `2026-03-02T09:15:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return epochMs;
}

function fromMatch(match: RegExpExecArray): number | null {
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = Number(match[6] ?? 0);
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const realDay =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!realDay || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = offsetOf(match[8]);
  if (offsetMinutes === null) return null;
  const wallClock =
    date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return wallClock - offsetMinutes * 60_000;
}

function offsetOf(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || 0);
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > MAX_OFFSET_MINUTES) return null;
  return sign * total;
}
