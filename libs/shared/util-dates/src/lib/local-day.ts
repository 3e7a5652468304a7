import { parseInstant, type Instant } from './instant';
import { formatEpochDay } from './plain-date';
import { zoneOffsetMs } from './time-zone';

const MS_PER_DAY = 86_400_000;

/**
 * The epoch day of the calendar date, in the time zone, on which an instant
 * falls: the date a person there reads on their calendar.
 * @throws RangeError for an unknown time zone.
 */
export function localEpochDay(epochMs: number, timeZone: string): number {
  return Math.floor((epochMs + zoneOffsetMs(epochMs, timeZone)) / MS_PER_DAY);
}

/**
 * A reader of local dates for many instants in one zone (the zone's offsets
 * are cached per UTC day, so each call is a lookup and a division).
 * @throws RangeError for an unknown time zone.
 */
export function localEpochDayReader(
  timeZone: string,
): (epochMs: number) => number {
  // Fails now, not at the first instant, for a zone the runtime lacks.
  zoneOffsetMs(0, timeZone);
  return (epochMs) => localEpochDay(epochMs, timeZone);
}

/**
 * The plain date, in the time zone, of an instant: `2026-03-01T23:30:00Z` is
 * 2026-03-02 in Europe/Paris (UTC+1) and 2026-03-01 in UTC.
 * @throws RangeError for an invalid instant or an unknown time zone.
 */
export function localDateOf(at: Instant, timeZone: string): string {
  return formatEpochDay(localEpochDay(parseInstant(at, 'at'), timeZone));
}
