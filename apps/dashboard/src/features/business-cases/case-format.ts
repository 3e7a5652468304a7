import type { BadgeTone } from '@esm-planner/dashboard-ui';
import { NO_VALUE } from '../formatting/format';

/** Money in the organisation's currency, whole units: "£1,968,521". */
export function formatMoney(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined) return NO_VALUE;
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    // A currency code Intl does not know: the code and the number.
    return `${currency} ${Math.round(value).toLocaleString('en-GB')}`;
  }
}

/** Payback in months with one decimal; null is "not within the horizon". */
export function formatPayback(months: number | null | undefined): string {
  return months === null || months === undefined ? 'not within the horizon' : `${months.toFixed(1)} months`;
}

/** Where a figure came from, as a badge: data sources stand out from assumptions. */
export const SOURCE_LABELS: Record<string, { label: string; tone: BadgeTone }> = {
  AUDIT: { label: 'Audit', tone: 'info' },
  ROADMAP: { label: 'Roadmap', tone: 'accent' },
  PLAN: { label: 'Plan', tone: 'accent' },
  BENCHMARK: { label: 'Benchmark', tone: 'progress' },
  MEASURED: { label: 'Measured', tone: 'success' },
  ASSUMPTION: { label: 'Assumption', tone: 'warning' },
  DEFAULT: { label: 'Default', tone: 'warning' },
  ENTERED: { label: 'Entered', tone: 'success' },
};

export function sourceBadge(source: string): { label: string; tone: BadgeTone } {
  return SOURCE_LABELS[source] ?? { label: source, tone: 'neutral' };
}

const DRIVER_LABELS: Record<string, string> = {
  VOLUME: 'Volume',
  HANDLING_MINUTES: 'Handling minutes',
  TARGET_DEFLECTION: 'Target deflection',
  HOURLY_COST: 'Hourly cost',
  PLATFORM_COST: 'Platform cost',
  ONE_TIME_COSTS: 'One-time costs',
};

export function driverLabel(driver: string): string {
  return DRIVER_LABELS[driver] ?? driver;
}

const POSITION_TEXT: Record<string, string> = {
  FASTER: 'faster than the 14–22 months cloud ESM typically reports',
  WITHIN: 'within the 14–22 months cloud ESM typically reports',
  SLOWER: 'slower than the 14–22 months cloud ESM typically reports',
  NEVER: 'does not pay back within the horizon',
};

export function benchmarkSentence(position: string): string {
  return POSITION_TEXT[position] ?? position;
}
