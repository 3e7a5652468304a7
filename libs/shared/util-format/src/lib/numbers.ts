// Every number the product shows — on screen, in a PDF, in a CSV summary
// line — goes through these, so the same value reads the same everywhere
// (en-GB: "1,261", "60.8%", "-£210,000", "1 month").
export const LOCALE = 'en-GB';

/** Shown where there is no value (a rate with nothing to divide). */
export const NO_VALUE = '—';

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
const PLURALS = new Intl.PluralRules(LOCALE);
const PLURALS_ONE_DECIMAL = new Intl.PluralRules(LOCALE, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined;

/** A count: 1261 → "1,261" (rounded to a whole number). */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** One decimal: 24.46 → "24.5"; null → "—". */
export function formatDecimal(value: number | null | undefined): string {
  return missing(value) ? NO_VALUE : DECIMAL.format(value);
}

/** A fraction as a percentage with one decimal: 0.6082 → "60.8%"; null → "—". */
export function formatPercent(fraction: number | null | undefined): string {
  return missing(fraction) ? NO_VALUE : PERCENT.format(fraction);
}

/** The word for a count, by the locale's plural rules: (1, "month", "months") → "month". */
export function pluralWord(count: number, one: string, other: string): string {
  return PLURALS.select(count) === 'one' ? one : other;
}

/** A count and its word: (1, "saved version", "saved versions") → "1 saved version"; 1261 → "1,261 …s". */
export function formatCountOf(
  count: number,
  one: string,
  other: string,
): string {
  return `${COUNT.format(count)} ${pluralWord(count, one, other)}`;
}

// Whole units, as the dashboard has always shown money; a currency Intl
// does not know keeps its code before the number.
const MONEY = new Map<string, Intl.NumberFormat | null>();
function moneyFormat(currency: string): Intl.NumberFormat | null {
  if (!MONEY.has(currency)) {
    try {
      MONEY.set(
        currency,
        new Intl.NumberFormat(LOCALE, {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }),
      );
    } catch {
      MONEY.set(currency, null);
    }
  }
  return MONEY.get(currency)!;
}

/** Money in the organisation's currency, whole units: -210000, "GBP" → "-£210,000"; null → "—". */
export function formatMoney(
  value: number | null | undefined,
  currency: string,
): string {
  if (missing(value)) return NO_VALUE;
  const format = moneyFormat(currency);
  return format ? format.format(value) : `${currency} ${COUNT.format(value)}`;
}

const MONEY_COMPACT = new Map<string, Intl.NumberFormat | null>();

/** Money shortened for a chart's axis (en-GB): 3_500_000, "GBP" → "£3.5m"; -200_000 → "-£200k". */
export function formatMoneyCompact(value: number, currency: string): string {
  if (!MONEY_COMPACT.has(currency)) {
    try {
      MONEY_COMPACT.set(
        currency,
        new Intl.NumberFormat(LOCALE, {
          style: 'currency',
          currency,
          notation: 'compact',
          minimumFractionDigits: 0,
          maximumFractionDigits: 1,
        }),
      );
    } catch {
      MONEY_COMPACT.set(currency, null);
    }
  }
  const format = MONEY_COMPACT.get(currency);
  return format
    ? format.format(value)
    : `${currency} ${new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 }).format(value)}`;
}

/** A number of months with one decimal: 7.71 → "7.7 months"; null → "—". */
export function formatMonths(months: number | null | undefined): string {
  if (missing(months)) return NO_VALUE;
  return `${DECIMAL.format(months)} ${PLURALS_ONE_DECIMAL.select(months) === 'one' ? 'month' : 'months'}`;
}

/** Payback: "7.7 months", or "not within the horizon" when it never pays back. */
export function formatPayback(months: number | null | undefined): string {
  return missing(months) ? 'not within the horizon' : formatMonths(months);
}

/** Minutes with one decimal: 24.46 → "24.5 min"; null → "—". */
export function formatMinutes(minutes: number | null | undefined): string {
  return missing(minutes) ? NO_VALUE : `${DECIMAL.format(minutes)} min`;
}

/** Hours with one decimal: 3.25 → "3.3 h"; null → "—". */
export function formatHours(hours: number | null | undefined): string {
  return missing(hours) ? NO_VALUE : `${DECIMAL.format(hours)} h`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** File sizes in powers of 1,024: 1536 → "1.5 KB", 1 → "1 byte". */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return formatCountOf(value, 'byte', 'bytes');
  return `${DECIMAL.format(value)} ${BYTE_UNITS[unit]}`;
}
