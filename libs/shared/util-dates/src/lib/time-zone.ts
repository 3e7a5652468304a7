import { tzOffset } from '@date-fns/tz';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * How a wall-clock time was read in a time zone:
 * - `EXACT`: the zone's clocks showed it exactly once;
 * - `SKIPPED`: a clock change jumped over it (spring forward); it was moved
 *   forward by the length of the gap;
 * - `REPEATED`: the clocks showed it twice (fall back); the first occurrence
 *   (the offset before the change, daylight time) was taken.
 */
export type LocalTimeKind = 'EXACT' | 'SKIPPED' | 'REPEATED';

/** The instant a wall-clock time names in a zone, and how it was read. */
export type ZonedInstant = { epochMs: number; localTime: LocalTimeKind };

const known = new Map<string, boolean>();

/**
 * Whether `timeZone` is an IANA zone name this runtime knows (`Europe/London`,
 * `UTC`, `America/Argentina/Buenos_Aires`). Offsets such as `+02:00`, which
 * Intl also accepts, are refused: a fixed offset knows no clock changes, and a
 * mapping should say where its times were recorded.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  let answer = known.get(timeZone);
  if (answer === undefined) {
    answer =
      /^[A-Za-z]/.test(timeZone) &&
      !/^(?:GMT|UTC)?[+-]/i.test(timeZone) &&
      intlAccepts(timeZone);
    if (known.size < 1_000) known.set(timeZone, answer);
  }
  return answer;
}

function intlAccepts(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * One UTC day of a zone: its offset at the start and, when the offset
 * changes during the day, the instant of the change and the offset after.
 */
type ZoneDay = { start: number; changeAt: number | null; end: number };

// Per zone, per UTC day number: offsets found once, then a Map lookup. Days
// are filled on demand, so a file of one year touches at most 366 entries.
const zoneDays = new Map<string, Map<number, ZoneDay>>();

function intlOffsetMs(timeZone: string, epochMs: number): number {
  const minutes = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(minutes))
    throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
  return Math.round(minutes * MINUTE_MS);
}

function zoneDay(timeZone: string, day: number): ZoneDay {
  let days = zoneDays.get(timeZone);
  if (!days) {
    days = new Map();
    zoneDays.set(timeZone, days);
  }
  let entry = days.get(day);
  if (entry) return entry;
  const from = day * DAY_MS;
  const start = intlOffsetMs(timeZone, from);
  const end = intlOffsetMs(timeZone, from + DAY_MS);
  let changeAt: number | null = null;
  if (start !== end) {
    // The first second of the day with the new offset (binary search; one
    // change a day at most, which holds for every zone since 1970).
    let low = from;
    let high = from + DAY_MS;
    while (high - low > 1_000) {
      const middle = low + Math.floor((high - low) / 2_000) * 1_000;
      if (intlOffsetMs(timeZone, middle) === start) low = middle;
      else high = middle;
    }
    changeAt = high;
  }
  entry = { start, changeAt, end };
  days.set(day, entry);
  return entry;
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (positive east
 * of Greenwich: +3,600,000 for Paris in winter). Cached per zone and UTC day.
 * @throws RangeError for a zone the runtime does not know.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const entry = zoneDay(timeZone, Math.floor(epochMs / DAY_MS));
  if (entry.changeAt === null || epochMs < entry.changeAt) return entry.start;
  return entry.end;
}

/**
 * The instant that a wall-clock time names in a zone, as RFC 5545 and
 * Temporal's `disambiguation: 'compatible'` read it: a time the clocks
 * skipped moves forward by the length of the gap (02:30 on a spring-forward
 * night in New York is 03:30 daylight time), a time they showed twice is its
 * first occurrence (daylight time).
 *
 * @param wallClockMs the wall-clock time written as if it were UTC, e.g.
 *   `Date.UTC(2026, 2, 8, 2, 30)` for 2026-03-08 02:30 local.
 * @throws RangeError for a zone the runtime does not know.
 */
export function wallClockToInstant(
  wallClockMs: number,
  timeZone: string,
): ZonedInstant {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC')
    return { epochMs: wallClockMs, localTime: 'EXACT' };
  const steady = steadyOffset(wallClockMs, timeZone);
  if (steady !== null)
    return { epochMs: wallClockMs - steady, localTime: 'EXACT' };
  return wallClockNearChange(wallClockMs, timeZone);
}

// Per zone, per wall-clock day: the offset when it holds all day and a day
// either side (no change near: one subtraction), else null (a change near).
const steadyDays = new Map<string, Map<number, number | null>>();
let lastZone = '';
let lastSteady: Map<number, number | null> = new Map();

function steadyOffset(wallClockMs: number, timeZone: string): number | null {
  if (timeZone !== lastZone) {
    let days = steadyDays.get(timeZone);
    if (!days) {
      days = new Map();
      steadyDays.set(timeZone, days);
    }
    lastZone = timeZone;
    lastSteady = days;
  }
  const day = Math.floor(wallClockMs / DAY_MS);
  let offset = lastSteady.get(day);
  if (offset === undefined) {
    // Instants of this wall-clock day lie within a day of it (offsets < 24 h).
    const around = [day - 1, day, day + 1].map((d) => zoneDay(timeZone, d));
    const same = around.every(
      (entry) =>
        entry.changeAt === null &&
        entry.start === around[0].start &&
        entry.end === around[0].start,
    );
    offset = same ? around[0].start : null;
    lastSteady.set(day, offset);
  }
  return offset;
}

function wallClockNearChange(
  wallClockMs: number,
  timeZone: string,
): ZonedInstant {
  // A change of offset is at least a day away from any other, so the offsets
  // a day either side are the ones before and after any change near here.
  const before = zoneOffsetMs(wallClockMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallClockMs + DAY_MS, timeZone);
  const early = wallClockMs - before;
  if (before === after) {
    // No change nearby, or one and its reverse: check the one candidate.
    const offset = zoneOffsetMs(early, timeZone);
    if (offset === before) return { epochMs: early, localTime: 'EXACT' };
    return wallClockToInstantSlow(wallClockMs, timeZone);
  }
  const late = wallClockMs - after;
  const earlyFits = zoneOffsetMs(early, timeZone) === before;
  const lateFits = zoneOffsetMs(late, timeZone) === after;
  if (earlyFits && lateFits) {
    return early === late
      ? { epochMs: early, localTime: 'EXACT' }
      : { epochMs: Math.min(early, late), localTime: 'REPEATED' };
  }
  if (earlyFits) return { epochMs: early, localTime: 'EXACT' };
  if (lateFits) return { epochMs: late, localTime: 'EXACT' };
  // In the gap: read with the offset before the change, which lands as far
  // after the change as the time was after the last instant before it.
  return { epochMs: early, localTime: 'SKIPPED' };
}

// Two changes within two days (not seen in the tz database since 1970, but
// cheap to get right): try the offsets that occur around the time.
function wallClockToInstantSlow(
  wallClockMs: number,
  timeZone: string,
): ZonedInstant {
  const offsets = new Set<number>();
  for (
    let probe = wallClockMs - 2 * DAY_MS;
    probe <= wallClockMs + 2 * DAY_MS;
    probe += DAY_MS / 4
  ) {
    offsets.add(zoneOffsetMs(probe, timeZone));
  }
  const fits = [...offsets]
    .map((offset) => wallClockMs - offset)
    .filter((t) => wallClockMs - t === zoneOffsetMs(t, timeZone));
  if (fits.length > 0) {
    const epochMs = Math.min(...fits);
    return {
      epochMs,
      localTime: new Set(fits).size > 1 ? 'REPEATED' : 'EXACT',
    };
  }
  return {
    epochMs: wallClockMs - zoneOffsetMs(wallClockMs - DAY_MS, timeZone),
    localTime: 'SKIPPED',
  };
}
