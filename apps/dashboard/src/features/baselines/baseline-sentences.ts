import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import {
  formatCount,
  formatDateRange,
  formatPercent,
} from '../formatting/format';

/** The baseline fields the sentences use. */
export type BaselineWindow = {
  totalRequests: number;
  monthlyVolume: number;
  windowStart: string;
  windowEnd: string;
  windowDays: number;
};

/** "1 day", "14 days". */
export function daysLabel(days: number): string {
  return `${formatCount(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** "1,261 requests", "1 matter": a count in the department's own word. */
export function countIn(vocabulary: string, count: number): string {
  return `${formatCount(count)} ${pluralizeVocabulary(vocabulary, count)}`;
}

/** "about 2,744 requests a month", in the department's word. */
export function monthlyLabel(
  vocabulary: string,
  monthlyVolume: number,
): string {
  const rounded = Math.round(monthlyVolume);
  if (rounded < 1) return `less than one ${vocabulary} a month`;
  return `about ${countIn(vocabulary, rounded)} a month`;
}

/**
 * "HR handled 1,261 requests in the audit window 2 – 15 March 2026
 * (14 days): about 2,744 requests a month."
 */
export function baselineSummary(
  name: string,
  vocabulary: string,
  baseline: BaselineWindow,
): string {
  const handled =
    baseline.totalRequests === 0
      ? `no ${pluralizeVocabulary(vocabulary, 0)}`
      : countIn(vocabulary, baseline.totalRequests);
  const window = formatDateRange(baseline.windowStart, baseline.windowEnd);
  return `${name} handled ${handled} in the audit window ${window} (${daysLabel(baseline.windowDays)}): ${monthlyLabel(vocabulary, baseline.monthlyVolume)}.`;
}

/** "32.3% of requests came in through informal channels …". */
export function informalSummary(
  vocabulary: string,
  informalShare: number | null,
): string {
  if (informalShare === null) {
    return `No ${pluralizeVocabulary(vocabulary, 0)} were audited, so there is no channel mix yet.`;
  }
  return `${formatPercent(informalShare)} of ${pluralizeVocabulary(vocabulary, 2)} came in through informal channels (email, chat, phone, walk-up, spreadsheets and other); the rest through forms, the portal or the virtual agent.`;
}
