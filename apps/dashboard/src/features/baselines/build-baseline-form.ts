import { lastCompleteWeeks } from '@esm-planner/domain-audit';
import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import { formatCount, formatDateRange } from '../formatting/format';

/** The fields the API may name in a refusal of createAuditFromRequests. */
export const BUILD_BASELINE_FIELDS = [
  'windowStart',
  'windowEnd',
  'departmentIds',
] as const;
export type BuildBaselineField = (typeof BUILD_BASELINE_FIELDS)[number];

export type BuildBaselineWindow = { windowStart: string; windowEnd: string };

/** Today's date (YYYY-MM-DD) in the organisation's time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * What the form proposes first: the last two complete Monday-to-Sunday
 * weeks, counted from today where the organisation is.
 */
export function defaultBuildWindow(
  timeZone: string,
  now: Date = new Date(),
): BuildBaselineWindow {
  return lastCompleteWeeks({ today: todayIn(timeZone, now), weeks: 2 });
}

/** "Built from 672 requests opened 2 – 15 March 2026." */
export function builtSentence(
  baseline: { totalRequests: number; windowStart: string; windowEnd: string },
  vocabulary: string,
): string {
  const word = pluralizeVocabulary(vocabulary, baseline.totalRequests);
  return `Built from ${formatCount(baseline.totalRequests)} ${word} opened ${formatDateRange(baseline.windowStart, baseline.windowEnd)}.`;
}

/** How a baseline's source reads: where its rows came from. */
export function sourceLabel(
  source: 'AUDIT' | 'REQUESTS' | null | undefined,
): string {
  if (source === 'REQUESTS') return 'Request records';
  if (source === 'AUDIT') return 'Audit file';
  return 'Audit files and request records';
}
