import { localDateOf } from '@esm-planner/shared-util-dates';
import { LOCALE } from './numbers';

// Dates read the same on screen and in every download: "2 Mar 2026".
const DATE = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_LONG = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, DATE_TIME_OPTIONS);
const DATE_TIME_IN_ZONE = new Map<string, Intl.DateTimeFormat>();

function dateTimeIn(timeZone: string): Intl.DateTimeFormat {
  let format = DATE_TIME_IN_ZONE.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, {
      ...DATE_TIME_OPTIONS,
      timeZone,
    });
    DATE_TIME_IN_ZONE.set(timeZone, format);
  }
  return format;
}

// ICU puts thin spaces around the en dash of a range; plain spaces keep the
// text the same in every browser (and in a PDF's standard fonts) and easy to search for.
const normaliseSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

// A plain ISO date is a calendar day, not an instant: read it as UTC so no
// time zone moves it to the day before.
function plainDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** "2026-03-02" → "2 Mar 2026". */
export function formatDate(isoDate: string): string {
  return DATE.format(plainDate(isoDate));
}

/** "2026-10-31", "2026-11-29" → "31 Oct – 29 Nov 2026" (compact, for table cells). */
export function formatShortDateRange(startIso: string, endIso: string): string {
  return normaliseSpaces(
    DATE.formatRange(plainDate(startIso), plainDate(endIso)),
  );
}

/** "2026-03-02", "2026-03-15" → "2 – 15 March 2026" (shared month and year once). */
export function formatDateRange(startIso: string, endIso: string): string {
  return normaliseSpaces(
    DATE_LONG.formatRange(plainDate(startIso), plainDate(endIso)),
  );
}

/**
 * An ISO instant as a date and time, "2 Mar 2026, 14:05": in `timeZone` when
 * given (the organisation's, so the screen says the day its documents say),
 * otherwise in the reader's.
 */
export function formatDateTime(isoInstant: string, timeZone?: string): string {
  const format = timeZone === undefined ? DATE_TIME : dateTimeIn(timeZone);
  return normaliseSpaces(format.format(new Date(isoInstant)));
}

/**
 * The calendar day of an ISO instant in a time zone, as formatDate says it:
 * 2026-03-01T23:30:00Z is "2 Mar 2026" in Europe/Berlin (UTC+1) and
 * "1 Mar 2026" in UTC. What a document prints for "saved on", so it names the
 * organisation's day, not the server's.
 */
export function formatDayOf(isoInstant: string, timeZone: string): string {
  return formatDate(localDateOf(isoInstant, timeZone));
}
