/** A date range, both ends `YYYY-MM-DD` and inclusive. */
export type DateRange = { from: string; to: string };

/** The viewer's calendar day as `YYYY-MM-DD` (local time, not UTC). */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `YYYY-MM-DD` moved by `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last `weeks` whole weeks ending on `today`: 26 weeks is 182 days. */
export function lastWeeksRange(today: string, weeks: number): DateRange {
  return { from: addDays(today, -(weeks * 7 - 1)), to: today };
}

/** 1 January of `today`'s year to `today`. */
export function yearToDateRange(today: string): DateRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The section opens on the last 26 weeks ending today. */
export function defaultRange(today: string): DateRange {
  return lastWeeksRange(today, 26);
}

export type QuickRange = {
  key: string;
  label: string;
  range: (today: string) => DateRange;
};

export const QUICK_RANGES: readonly QuickRange[] = [
  { key: '13w', label: 'Last 13 weeks', range: (t) => lastWeeksRange(t, 13) },
  { key: '26w', label: 'Last 26 weeks', range: (t) => lastWeeksRange(t, 26) },
  { key: 'ytd', label: 'Year to date', range: yearToDateRange },
];

/** The quick range the dates match, to mark its button pressed; null for none. */
export function matchingQuickRange(
  range: DateRange,
  today: string,
  quickRanges: readonly QuickRange[] = QUICK_RANGES,
): string | null {
  const match = quickRanges.find((quick) => {
    const candidate = quick.range(today);
    return candidate.from === range.from && candidate.to === range.to;
  });
  return match?.key ?? null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the range in words, or null when it can be asked for. */
export function rangeProblem(range: DateRange): string | null {
  if (!ISO_DAY.test(range.from) || !ISO_DAY.test(range.to)) {
    return 'Choose a start and an end date.';
  }
  if (range.from > range.to) {
    return 'The start date must be on or before the end date.';
  }
  return null;
}

/**
 * The last `weeks` complete Monday-to-Sunday weeks before `today`'s week
 * (today's week is still running): 26 weeks is 182 days ending on a Sunday.
 */
export function lastCompleteWeeksRange(
  today: string,
  weeks: number,
): DateRange {
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday: (day + 6) % 7.
  const sinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const to = addDays(today, -(sinceMonday + 1));
  return { from: addDays(to, -(weeks * 7 - 1)), to };
}

/** The organisation page's ranges: whole weeks only, so departments compare like for like. */
export const COMPLETE_WEEK_RANGES: readonly QuickRange[] = [
  {
    key: '13w',
    label: 'Last 13 complete weeks',
    range: (t) => lastCompleteWeeksRange(t, 13),
  },
  {
    key: '26w',
    label: 'Last 26 complete weeks',
    range: (t) => lastCompleteWeeksRange(t, 26),
  },
  { key: 'ytd', label: 'Year to date', range: yearToDateRange },
];
