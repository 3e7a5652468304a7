import { windowDays } from './audit-window';
import { Baseline } from './baseline';
import { channelMix } from './channel-mix';
import { DAYS_PER_MONTH } from './monthly-volume';
import { groupRequestTypes } from './request-type';
import { DEFAULT_TOP_REQUEST_TYPES, rankByWeight } from './top-request-types';
import { weightedMean } from './weighted-mean';

/** The organisation's baseline: the same shape, combined from departments. */
export type OrganizationBaseline = Baseline;

/**
 * Combines the departments' baselines (each its latest audit, windows of any
 * length) into the organisation's, as docs/domain/audit.md explains:
 *
 * - totalRequests and the counts per channel and request type are sums of
 *   what was audited; monthlyVolume is the sum of the monthly volumes.
 * - Shares (channels, informal, request types, catalogue coverage) and the
 *   mean times weigh each department's requests by its monthly rate,
 *   (365.25 / 12) / windowDays per request, so a four-week audit does not
 *   count double against a two-week one. With equal windows that factor is
 *   common to all and the result is that of the pooled rows.
 * - Request types of the same name (requestTypeKey) in different
 *   departments are one type: onboarding in HR and in IT is one line.
 * - windowStart is the earliest start, windowEnd the latest end, and
 *   windowDays the span between them, both ends included.
 * - Median and P90 of first response do not combine from department
 *   figures: they are kept for a single baseline and null otherwise.
 * @throws RangeError when there is no baseline to combine.
 */
export function combineBaselines({
  baselines,
}: {
  baselines: readonly Baseline[];
}): OrganizationBaseline {
  if (baselines.length === 0) {
    throw new RangeError('combineBaselines needs at least one baseline');
  }
  const windowStart = baselines.map((b) => b.windowStart).reduce(earliest);
  const windowEnd = baselines.map((b) => b.windowEnd).reduce(latest);
  const requestTypes = combinedRequestTypes(baselines);
  const single = baselines.length === 1 ? baselines[0] : null;
  return {
    windowStart,
    windowEnd,
    windowDays: windowDays({ windowStart, windowEnd }),
    totalRequests: sum(baselines.map((b) => b.totalRequests)),
    monthlyVolume: sum(baselines.map((b) => b.monthlyVolume)),
    ...channelMix({
      entries: baselines.flatMap((b) =>
        b.byChannel.map((c) => ({ ...c, weight: c.count * perMonth(b) })),
      ),
    }),
    requestTypes,
    topRequestTypes: requestTypes.slice(0, DEFAULT_TOP_REQUEST_TYPES),
    ...combinedTimes(baselines),
    medianFirstResponseHours: single?.medianFirstResponseHours ?? null,
    p90FirstResponseHours: single?.p90FirstResponseHours ?? null,
    catalogCoverage: weightedMean({
      entries: baselines.map((b) => ({
        value: b.catalogCoverage,
        weight: b.monthlyVolume,
      })),
    }).mean,
  };
}

/** Request types of all departments, one per name, ranked by monthly rate. */
function combinedRequestTypes(baselines: readonly Baseline[]) {
  return rankByWeight(
    groupRequestTypes({
      entries: baselines.flatMap((b) =>
        b.requestTypes.map((r) => ({ ...r, rate: perMonth(b) })),
      ),
      weightOf: (entry) => entry.count * entry.rate,
    }),
  );
}

/**
 * Each mean time over departments, a department weighing by the requests
 * its mean covers, per month.
 */
function combinedTimes(
  baselines: readonly Baseline[],
): Pick<
  Baseline,
  | 'avgHandlingMinutes'
  | 'requestsWithHandlingMinutes'
  | 'avgFirstResponseHours'
  | 'requestsWithFirstResponseHours'
> {
  const mean = (pick: (b: Baseline) => [number | null, number]) =>
    weightedMean({
      entries: baselines.map((b) => {
        const [value, requests] = pick(b);
        return { value, weight: requests * perMonth(b) };
      }),
    }).mean;
  return {
    avgHandlingMinutes: mean((b) => [
      b.avgHandlingMinutes,
      b.requestsWithHandlingMinutes,
    ]),
    requestsWithHandlingMinutes: sum(
      baselines.map((b) => b.requestsWithHandlingMinutes),
    ),
    avgFirstResponseHours: mean((b) => [
      b.avgFirstResponseHours,
      b.requestsWithFirstResponseHours,
    ]),
    requestsWithFirstResponseHours: sum(
      baselines.map((b) => b.requestsWithFirstResponseHours),
    ),
  };
}

/** What one audited request stands for per mean month. */
function perMonth(baseline: Baseline): number {
  return DAYS_PER_MONTH / baseline.windowDays;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

// ISO plain dates compare as text.
function earliest(a: string, b: string): string {
  return b < a ? b : a;
}

function latest(a: string, b: string): string {
  return b > a ? b : a;
}
