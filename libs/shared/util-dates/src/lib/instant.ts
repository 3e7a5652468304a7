import { matchIso8601, parseOffset } from './iso-8601';
import { toEpochDay } from './plain-date';

/**
 * A moment in time: an ISO-8601 timestamp that carries its offset
 * (`2026-03-01T23:30:00Z`, `2026-03-02T00:30:00+01:00`), or a `Date` (what
 * the database driver returns for `timestamptz`).
 */
export type Instant = string | Date;

const MS_PER_DAY = 86_400_000;

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
  const epochMs = typeof value === 'string' ? instantOf(value) : null;
  if (epochMs === null) {
    throw new RangeError(
      `${field} must be an ISO-8601 timestamp with an offset, such as 2026-03-02T09:15:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return epochMs;
}

// The import's reader (readIso8601) limits years to what a service desk can
// have logged; a calculation takes any four-digit year it is given.
function instantOf(text: string): number | null {
  const parts = matchIso8601(text);
  if (!parts || parts.offset === undefined) return null;
  const { year, month, day, hour, minute, second, millisecond } = parts.fields;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const epochDay = toEpochDay(
    `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
  );
  if (epochDay === null || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMs = parseOffset(parts.offset);
  if (offsetMs === null) return null;
  return (
    epochDay * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millisecond -
    offsetMs
  );
}
