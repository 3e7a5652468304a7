import {
  ISO_8601_EXPECTED,
  NOT_A_REAL_TIME,
  readIso8601,
  wallClockToInstant,
  zoneOffsetMs as offsetInZone,
} from '@esm-planner/shared-util-dates';
import { CellResult } from './cell-values';

/**
 * An instant read from a cell, whether the cell said its offset, and — for
 * a local time that a clock change skipped or repeated — how it was read
 * (absent for every other time), so the import report can count them.
 */
export type ReadTimestamp = {
  epochMs: number;
  hadOffset: boolean;
  localTime?: 'SKIPPED' | 'REPEATED';
};

/** The time zone's offset from UTC at an instant, in milliseconds. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return offsetInZone(epochMs, timeZone);
}

/**
 * The instant a wall-clock time names in a time zone (RFC 5545 / Temporal
 * `compatible`): in the hour a DST change skips, the time is read with the
 * offset before the change; in the hour it repeats, the earlier instant.
 */
export function zonedTimeToEpochMs(
  wallClockAsUtcMs: number,
  timeZone: string,
): number {
  return wallClockToInstant(wallClockAsUtcMs, timeZone).epochMs;
}

/**
 * An ISO-8601 timestamp (data-formats §2). A value without an offset is a
 * wall-clock time in the organisation's time zone; `hadOffset` says which,
 * so the import report can tell the user.
 */
export function parseTimestamp(
  text: string,
  timeZone: string,
): CellResult<ReadTimestamp> {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'is empty' };
  const read = readIso8601(value);
  if (!read.ok)
    return {
      ok: false,
      message: read.shape
        ? (read.problem ?? NOT_A_REAL_TIME)
        : ISO_8601_EXPECTED,
    };
  const { wallClockMs, offsetMs } = read.value;
  if (offsetMs !== null)
    return {
      ok: true,
      value: { epochMs: wallClockMs - offsetMs, hadOffset: true },
    };
  const instant = wallClockToInstant(wallClockMs, timeZone);
  return instant.localTime === 'EXACT'
    ? { ok: true, value: { epochMs: instant.epochMs, hadOffset: false } }
    : {
        ok: true,
        value: {
          epochMs: instant.epochMs,
          hadOffset: false,
          localTime: instant.localTime,
        },
      };
}
