import type { OrganizationMetricsQuery } from '@esm-planner/dashboard-data-access-graphql';
import type { BenchmarkBarDatum } from '@esm-planner/dashboard-ui-charts';
import { countIn } from '../baselines/baseline-sentences';
import { formatDateRange, formatPercent, NO_VALUE } from '../formatting/format';
import { targetPercent } from './metrics-sentences';

/** One department's row of `organizationDeflection`. */
export type DepartmentDeflectionFields =
  OrganizationMetricsQuery['organizationDeflection'][number];

export const NO_REQUESTS = 'no requests';

/** "67.2%", or "no requests" when none were opened (not 0 %). */
export function deflectionRateLabel(row: DepartmentDeflectionFields): string {
  return row.total === 0 || row.deflectionRate == null
    ? NO_REQUESTS
    : formatPercent(row.deflectionRate);
}

/** "262 tickets": the department's requests in its own word. */
export function requestsLabel(row: DepartmentDeflectionFields): string {
  return countIn(row.department.vocabulary, row.total);
}

/** "75% (published)", "60% (set by the organisation)", "30% (assumed)". */
export function deflectionBenchmarkLabel(
  row: DepartmentDeflectionFields,
): string {
  const target = targetPercent(row.benchmark.target);
  if (row.benchmarkIsAssumption) return `${target} (assumed)`;
  return row.benchmark.source === 'ORGANIZATION'
    ? `${target} (set by the organisation)`
    : `${target} (published)`;
}

/** The gap in percentage points: −0.078 → "−7.8 pts", 0.05 → "+5.0 pts"; none → "—". */
export function gapLabel(gap: number | null | undefined): string {
  if (gap == null) return NO_VALUE;
  const points = Math.abs(gap * 100).toFixed(1);
  if (points === '0.0') return '0.0 pts';
  return `${gap < 0 ? '−' : '+'}${points} pts`;
}

/** The rows as bars against their benchmarks, in the API's order. */
export function deflectionBars(
  rows: readonly DepartmentDeflectionFields[],
): BenchmarkBarDatum[] {
  return rows.map((row) => ({
    key: row.department.id,
    label: row.department.name,
    value: row.total === 0 ? null : (row.deflectionRate ?? null),
    valueLabel: deflectionRateLabel(row),
    target: row.benchmark.target,
    targetLabel: deflectionBenchmarkLabel(row),
    assumed: row.benchmarkIsAssumption,
  }));
}

/** The chart's description: what it shows, for which dates, and how many meet their benchmark. */
export function deflectionDescription(
  organizationName: string,
  rows: readonly DepartmentDeflectionFields[],
  from: string,
  to: string,
): string {
  const withRequests = rows.filter((row) => row.total > 0);
  const meeting = withRequests.filter((row) => (row.gapToBenchmark ?? -1) >= 0);
  const assumed = rows.filter((row) => row.benchmarkIsAssumption).length;
  return (
    `Deflection rate of each of ${organizationName}’s departments from ${formatDateRange(from, to)}, ` +
    `from 0% to 100%, with a marker at its benchmark. ` +
    `${meeting.length} of ${withRequests.length} departments with requests meet their benchmark` +
    (assumed > 0
      ? `; ${assumed} benchmark${assumed === 1 ? ' is an assumption' : 's are assumptions'}, drawn dashed.`
      : '.')
  );
}
