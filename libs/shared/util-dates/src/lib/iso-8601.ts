import { FormatResult, WallClockFields, wallClockMs } from './wall-clock';

// YYYY-MM-DD, then T or a space, HH:mm, optional :ss and fraction, optional
// Z or ±HH:MM / ±HHMM / ±HH.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The largest UTC offset in use anywhere (Kiribati), and then some. */
export const MAX_OFFSET_MS = 14 * 3_600_000;

/** The message for a text that is not ISO-8601 at all. */
export const ISO_8601_EXPECTED =
  'must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z';
/** The message for a text shaped like a date that names no real one (30 February, 25:00, 1899). */
export const NOT_A_REAL_TIME =
  'is not a real date and time between 1970 and 2100';

/**
 * Reads an ISO-8601 date and time (`2026-03-02T09:15:00Z`, `2026-03-02 09:15`,
 * `2026-03-02T09:15:00.123+01:00`); a fraction beyond milliseconds is cut.
 * The text must be trimmed.
 */
export function readIso8601(text: string): FormatResult {
  const parts = matchIso8601(text);
  if (!parts) return { ok: false, shape: false };
  const wall = wallClockMs(parts.fields);
  if (wall === null)
    return { ok: false, shape: true, problem: NOT_A_REAL_TIME };
  const { offset } = parts;
  if (offset === undefined)
    return { ok: true, value: { wallClockMs: wall, offsetMs: null } };
  const offsetMs = parseOffset(offset);
  if (offsetMs === null)
    return { ok: false, shape: true, problem: 'has an offset beyond ±14:00' };
  return { ok: true, value: { wallClockMs: wall, offsetMs } };
}

/**
 * The fields of an ISO-8601 date and time and its offset text (undefined
 * when it has none), or null when the text is not shaped like one. Fields are
 * as written: whether they name a real time is the caller's rule.
 */
export function matchIso8601(
  text: string,
): { fields: WallClockFields; offset: string | undefined } | null {
  const match = ISO_TIMESTAMP.exec(text);
  if (!match) return null;
  return {
    fields: {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      hour: Number(match[4]),
      minute: Number(match[5]),
      second: match[6] === undefined ? 0 : Number(match[6]),
      millisecond:
        match[7] === undefined
          ? 0
          : Number(match[7].padEnd(3, '0').slice(0, 3)),
    },
    offset: match[8],
  };
}

/**
 * `Z`, `±HH`, `±HHMM` or `±HH:MM` as milliseconds east of UTC; null beyond
 * ±14:00 or with minutes past 59.
 */
export function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (minutes > 59) return null;
  const ms = (hours * 60 + minutes) * 60_000;
  return ms > MAX_OFFSET_MS ? null : sign * ms;
}
