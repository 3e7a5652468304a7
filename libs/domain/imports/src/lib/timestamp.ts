import { CellResult } from './cell-values';

/** An instant read from a cell, and whether the cell said its offset. */
export type ReadTimestamp = { epochMs: number; hadOffset: boolean };

// YYYY-MM-DD, then T or a space, HH:mm, optional :ss and fraction, optional
// Z or ±HH:MM / ±HHMM / ±HH.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The time zone's offset from UTC at an instant, in milliseconds. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone).formatToParts(new Date(epochMs)).map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time names in a time zone. In the hour a DST
 * change skips, the time is read with the offset before the change; in the
 * hour it repeats, the earlier of the two instants is taken.
 */
export function zonedTimeToEpochMs(wallClockAsUtcMs: number, timeZone: string): number {
  const before = wallClockAsUtcMs - zoneOffsetMs(wallClockAsUtcMs - 86_400_000, timeZone);
  const guess = wallClockAsUtcMs - zoneOffsetMs(wallClockAsUtcMs, timeZone);
  const candidates = [before, guess, wallClockAsUtcMs - zoneOffsetMs(guess, timeZone)];
  const exact = candidates.filter((t) => t + zoneOffsetMs(t, timeZone) === wallClockAsUtcMs);
  return exact.length > 0 ? Math.min(...exact) : before;
}

function validCalendar(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/**
 * An ISO-8601 timestamp (data-formats §2). A value without an offset is a
 * wall-clock time in the organisation's time zone; `hadOffset` says which,
 * so the import report can tell the user.
 */
export function parseTimestamp(text: string, timeZone: string): CellResult<ReadTimestamp> {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'is empty' };
  const match = ISO_TIMESTAMP.exec(value);
  if (!match) return { ok: false, message: 'must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z' };
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = Number(match[6] ?? 0);
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  if (!validCalendar(year, month, day, hour, minute, second) || year < 1970 || year > 2100) {
    return { ok: false, message: 'is not a real date and time between 1970 and 2100' };
  }
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const offset = match[8];
  if (!offset) return { ok: true, value: { epochMs: zonedTimeToEpochMs(wallClock, timeZone), hadOffset: false } };
  if (offset.toUpperCase() === 'Z') return { ok: true, value: { epochMs: wallClock, hadOffset: true } };
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  if (offsetMinutes > 14 * 60) return { ok: false, message: 'has an offset beyond ±14:00' };
  return { ok: true, value: { epochMs: wallClock - sign * offsetMinutes * 60_000, hadOffset: true } };
}
