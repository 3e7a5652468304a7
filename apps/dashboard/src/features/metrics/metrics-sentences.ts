import type {
  BenchmarkSource,
  DepartmentKind,
  Grain,
  MetricSource,
} from '@esm-planner/dashboard-data-access-graphql';
import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import { countIn } from '../baselines/baseline-sentences';
import { kindLabel } from '../departments/department-labels';
import { formatDate, formatPercent } from '../formatting/format';
import { addDays } from './metrics-range';

const MONTH = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Week of 2 Mar 2026" or "March 2026": a period as a table row or tooltip title. */
export function periodLabel(periodStart: string, grain: Grain): string {
  return grain === 'WEEK'
    ? `Week of ${formatDate(periodStart)}`
    : MONTH.format(new Date(`${periodStart.slice(0, 10)}T00:00:00Z`));
}

/** "the week of 2 Mar 2026" or "March 2026": a period inside a sentence. */
export function periodPhrase(periodStart: string, grain: Grain): string {
  return grain === 'WEEK'
    ? `the week of ${formatDate(periodStart)}`
    : periodLabel(periodStart, grain);
}

/** A target as a whole percentage when it is one: 0.75 → "75%", 0.425 → "42.5%". */
export function targetPercent(fraction: number): string {
  return formatPercent(fraction).replace(/\.0%$/, '%');
}

/** The figures the latest-period sentence uses. */
export type PeriodFigures = {
  periodStart: string;
  total: number;
  deflectionRate?: number | null;
};

/** "IT handled 262 tickets in the week of 2 Mar 2026; 67.2% were deflected." */
export function periodSentence(
  name: string,
  vocabulary: string,
  point: PeriodFigures,
  grain: Grain,
): string {
  const when = periodPhrase(point.periodStart, grain);
  if (point.total === 0 || point.deflectionRate == null) {
    return `${name} handled no ${pluralizeVocabulary(vocabulary, 0)} in ${when}.`;
  }
  return `${name} handled ${countIn(vocabulary, point.total)} in ${when}; ${formatPercent(point.deflectionRate)} were deflected.`;
}

/**
 * The benchmark line's label by where the figure comes from:
 * "IT benchmark 75% (published)", "Legal: assumption 30%, not a published figure".
 */
export function benchmarkLabel(
  kind: DepartmentKind,
  benchmark: { target: number; source: BenchmarkSource },
): string {
  const target = targetPercent(benchmark.target);
  switch (benchmark.source) {
    case 'PUBLISHED':
      return `${kindLabel(kind)} benchmark ${target} (published)`;
    case 'ORGANIZATION':
      return `${kindLabel(kind)} benchmark ${target} (set by the organisation)`;
    case 'ASSUMPTION':
      return `${kindLabel(kind)}: assumption ${target}, not a published figure`;
  }
}

/** "Request records", "Weekly import", "No data". */
export function sourceLabel(source: MetricSource): string {
  switch (source) {
    case 'REQUESTS':
      return 'Request records';
    case 'WEEKLY_IMPORT':
      return 'Weekly import';
    case 'NONE':
      return 'No data';
  }
}

const unit = (grain: Grain, count: number) =>
  `${count} ${grain === 'WEEK' ? 'week' : 'month'}${count === 1 ? '' : 's'}`;

/**
 * Where the points come from, when not all from request records:
 * "3 weeks come from imported weekly figures …; 2 weeks have no data …".
 * Null when every point is from request records.
 */
export function sourceNote(
  points: ReadonlyArray<{ source: MetricSource }>,
  grain: Grain,
): string | null {
  const imported = points.filter((p) => p.source === 'WEEKLY_IMPORT').length;
  const empty = points.filter((p) => p.source === 'NONE').length;
  const parts: string[] = [];
  if (imported > 0) {
    parts.push(
      `${unit(grain, imported)} ${imported === 1 ? 'comes' : 'come'} from imported weekly figures, which have no median or P90 resolution time`,
    );
  }
  if (empty > 0) {
    parts.push(
      `${unit(grain, empty)} ${empty === 1 ? 'has' : 'have'} no data and ${empty === 1 ? 'shows' : 'show'} as a gap in the chart, not as 0%`,
    );
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The last day of the period that starts on `periodStart`, `YYYY-MM-DD`. */
export function periodEnd(periodStart: string, grain: Grain): string {
  if (grain === 'WEEK') return addDays(periodStart, 6);
  const [year, month] = periodStart.split('-').map(Number);
  const next =
    month === 12
      ? `${year + 1}-01-01`
      : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * "July 2026 runs past the end of the range (5 Jul 2026), so it may be
 * incomplete." when the period ends after `to`; null otherwise.
 */
export function partialPeriodNote(
  periodStart: string,
  grain: Grain,
  to: string,
): string | null {
  if (periodEnd(periodStart, grain) <= to) return null;
  const label = periodLabel(periodStart, grain);
  return `${label} runs past the end of the range (${formatDate(to)}), so it may be incomplete.`;
}
