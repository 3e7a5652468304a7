import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import {
  formatCount,
  formatDateRange,
  formatDateTime,
  formatHours,
  formatMinutes,
  formatPercent,
} from '../formatting/format';
import { daysLabel } from './baseline-sentences';

/** The baseline fields the key figures show. */
export type BaselineFigures = {
  windowStart: string;
  windowEnd: string;
  windowDays: number;
  totalRequests: number;
  monthlyVolume: number;
  informalShare?: number | null;
  avgHandlingMinutes?: number | null;
  avgFirstResponseHours?: number | null;
  medianFirstResponseHours?: number | null;
  p90FirstResponseHours?: number | null;
  catalogCoverage?: number | null;
  importedAt?: string | null;
  /** Where the audit's rows came from; null for an organisation baseline mixing both. */
  source?: 'AUDIT' | 'REQUESTS' | null;
};

export type BaselineStat = {
  key: string;
  label: string;
  value: string;
  hint?: string;
};

/** "request" → "Requests". */
export function capitalisedPlural(vocabulary: string): string {
  const plural = pluralizeVocabulary(vocabulary, 2);
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}

/**
 * The key figures of a baseline as tiles, in the department's word. Figures
 * the data cannot give (median and p90 need request-level records) are left
 * out rather than shown empty.
 */
export function baselineStats(
  baseline: BaselineFigures,
  vocabulary: string,
): BaselineStat[] {
  const plural = capitalisedPlural(vocabulary);
  const stats: BaselineStat[] = [
    {
      key: 'total',
      label: `${plural} in the window`,
      value: formatCount(baseline.totalRequests),
      hint: daysLabel(baseline.windowDays),
    },
    {
      key: 'monthly',
      label: `${plural} a month`,
      value: formatCount(baseline.monthlyVolume),
      hint: 'scaled from the window',
    },
    {
      key: 'informal',
      label: 'Informal share',
      value: formatPercent(baseline.informalShare),
      hint: 'email, chat, phone, walk-up, spreadsheets, other',
    },
    {
      key: 'handling',
      label: 'Average handling time',
      value: formatMinutes(baseline.avgHandlingMinutes),
      hint: `per ${vocabulary}`,
    },
    {
      key: 'firstResponse',
      label: 'Average first response',
      value: formatHours(baseline.avgFirstResponseHours),
    },
  ];
  if (baseline.medianFirstResponseHours != null) {
    stats.push({
      key: 'medianFirstResponse',
      label: 'Median first response',
      value: formatHours(baseline.medianFirstResponseHours),
    });
  }
  if (baseline.p90FirstResponseHours != null) {
    stats.push({
      key: 'p90FirstResponse',
      label: '90th percentile first response',
      value: formatHours(baseline.p90FirstResponseHours),
    });
  }
  if (baseline.catalogCoverage != null) {
    stats.push({
      key: 'catalogCoverage',
      label: 'Catalogue coverage',
      value: formatPercent(baseline.catalogCoverage),
      hint: 'of the volume has a catalogue item',
    });
  }
  return stats;
}

/**
 * "Audit window 2 – 15 March 2026 · imported 16 Mar 2026, 09:05", or
 * "· built from request records 16 Mar 2026, 09:05" for an audit derived
 * from the records; an organisation baseline says where its audits came from.
 */
export function windowLine(baseline: BaselineFigures): string {
  const window = `Audit window ${formatDateRange(baseline.windowStart, baseline.windowEnd)}`;
  if (baseline.importedAt) {
    const how =
      baseline.source === 'REQUESTS'
        ? 'built from request records'
        : 'imported';
    return `${window} · ${how} ${formatDateTime(baseline.importedAt)}`;
  }
  if (baseline.source === 'REQUESTS') return `${window} · from request records`;
  if (baseline.source === null)
    return `${window} · from audit files and request records`;
  return window;
}
