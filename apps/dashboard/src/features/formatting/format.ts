// Every number and date the dashboard shows goes through these, so the same
// value reads the same on every page (en-GB: "1,261", "2 Mar 2026", "60.8%").
const LOCALE = 'en-GB';

const COUNT = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat(LOCALE, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const PERCENT = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
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
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Shown where the API has no value (a rate with nothing to divide). */
export const NO_VALUE = '—';

// ICU puts thin spaces around the en dash of a range; plain spaces keep the
// text the same in every browser and easy to search for.
const normaliseSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

/** A count: 1261 → "1,261" (rounded to a whole number). */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** One decimal: 24.46 → "24.5"; null → "—". */
export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined
    ? NO_VALUE
    : DECIMAL.format(value);
}

/** A fraction as a percentage with one decimal: 0.6082 → "60.8%"; null → "—". */
export function formatPercent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined
    ? NO_VALUE
    : PERCENT.format(fraction);
}

// A plain ISO date is a calendar day, not an instant: read it as UTC so no
// time zone moves it to the day before.
function plainDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** "2026-03-02" → "2 Mar 2026". */
export function formatDate(isoDate: string): string {
  return DATE.format(plainDate(isoDate));
}

const DATE_SHORT_RANGE = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-10-31", "2026-11-29" → "31 Oct – 29 Nov 2026" (compact, for table cells). */
export function formatShortDateRange(startIso: string, endIso: string): string {
  return normaliseSpaces(
    DATE_SHORT_RANGE.formatRange(plainDate(startIso), plainDate(endIso)),
  );
}

/** "2026-03-02", "2026-03-15" → "2 – 15 March 2026" (shared month and year once). */
export function formatDateRange(startIso: string, endIso: string): string {
  return normaliseSpaces(
    DATE_LONG.formatRange(plainDate(startIso), plainDate(endIso)),
  );
}

/** An ISO instant in the viewer's time zone: "2 Mar 2026, 14:05". */
export function formatDateTime(isoInstant: string): string {
  return normaliseSpaces(DATE_TIME.format(new Date(isoInstant)));
}

/** Minutes with one decimal: 24.46 → "24.5 min"; null → "—". */
export function formatMinutes(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined
    ? NO_VALUE
    : `${DECIMAL.format(minutes)} min`;
}

/** Hours with one decimal: 3.25 → "3.3 h"; null → "—". */
export function formatHours(hours: number | null | undefined): string {
  return hours === null || hours === undefined
    ? NO_VALUE
    : `${DECIMAL.format(hours)} h`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** File sizes in powers of 1,024: 1536 → "1.5 KB", 12 → "12 bytes". */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0)
    return `${COUNT.format(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  return `${DECIMAL.format(value)} ${BYTE_UNITS[unit]}`;
}
