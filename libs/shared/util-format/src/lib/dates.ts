import { LOCALE } from './numbers';

// Dates read the same on screen and in every download: "2 Mar 2026".
const DATE = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_LONG = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

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
  return normaliseSpaces(DATE.formatRange(plainDate(startIso), plainDate(endIso)));
}

/** "2026-03-02", "2026-03-15" → "2 – 15 March 2026" (shared month and year once). */
export function formatDateRange(startIso: string, endIso: string): string {
  return normaliseSpaces(DATE_LONG.formatRange(plainDate(startIso), plainDate(endIso)));
}

/** An ISO instant in the reader's time zone: "2 Mar 2026, 14:05". */
export function formatDateTime(isoInstant: string): string {
  return normaliseSpaces(DATE_TIME.format(new Date(isoInstant)));
}
