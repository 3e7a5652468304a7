import { windowDays } from './audit-window';
import { catalogCoverage } from './catalog-coverage';
import { Channel, isChannel } from './channel';
import { ChannelVolume, channelMix } from './channel-mix';
import { monthlyVolume } from './monthly-volume';
import { median, nearestRankPercentile } from './percentile';
import {
  DEFAULT_TOP_REQUEST_TYPES,
  rankRequestTypes,
  RequestTypeVolume,
} from './top-request-types';
import { weightedMean } from './weighted-mean';

/** One aggregated audit row (data-formats §1): a type on a channel, counted. */
export type AuditRowInput = {
  requestType: string;
  channel: Channel;
  /** A non-negative integer. */
  count: number;
  /** Mean handling time of these requests, in minutes; null if unknown. */
  avgHandlingMinutes?: number | null;
  /** Mean time to first response, in hours; null if unknown. */
  avgFirstResponseHours?: number | null;
  /**
   * How many of the row's requests `avgHandlingMinutes` covers, when not all
   * of them: a row derived from request records (domain §2) averages only
   * the records that have a handling time. Default: `count`.
   */
  requestsWithHandlingMinutes?: number | null;
  /** How many of the row's requests `avgFirstResponseHours` covers; default `count`. */
  requestsWithFirstResponseHours?: number | null;
};

/**
 * Nearest-rank median and P90 of first response over a department's
 * request records, in hours: known only for an audit derived from them.
 */
export type FirstResponsePercentiles = {
  medianFirstResponseHours: number | null;
  p90FirstResponseHours: number | null;
};

/** One request of request-level audit data. */
export type RequestInput = {
  requestType: string;
  channel: Channel;
  /** Hours from opening to the first response; null if unknown. */
  firstResponseHours?: number | null;
  /** Working minutes spent on it; null if unknown. */
  handlingMinutes?: number | null;
};

/**
 * What a department handled in its audit window, through which channels and
 * how fast (domain §2). Shares and rates are fractions in [0, 1] and null,
 * never NaN or 0, when there is no volume to divide by.
 */
export type Baseline = {
  windowStart: string;
  windowEnd: string;
  /** Calendar days in the window, both ends included. */
  windowDays: number;
  totalRequests: number;
  /** Requests per mean month: totalRequests × 30.4375 / windowDays. */
  monthlyVolume: number;
  byChannel: ChannelVolume[];
  informalShare: number | null;
  /** Every request type, ranked (Pareto order). */
  requestTypes: RequestTypeVolume[];
  /** The first ten of requestTypes; topRequestTypes() takes another limit. */
  topRequestTypes: RequestTypeVolume[];
  /** Count-weighted mean over the rows that have it, in minutes. */
  avgHandlingMinutes: number | null;
  /** How many requests the handling-time mean covers. */
  requestsWithHandlingMinutes: number;
  /** Count-weighted mean over the rows that have it, in hours. */
  avgFirstResponseHours: number | null;
  /** How many requests the first-response mean covers. */
  requestsWithFirstResponseHours: number;
  /** Nearest-rank P50; request-level data only, else null. */
  medianFirstResponseHours: number | null;
  /** Nearest-rank P90; request-level data only, else null. */
  p90FirstResponseHours: number | null;
  /** Share of volume whose request type has a catalogue item; null if empty. */
  catalogCoverage: number | null;
};

/** The baseline of one department's audit. */
export type DepartmentBaseline = Baseline;

export type BaselineInput = {
  windowStart: string;
  windowEnd: string;
  /** Request-type names that have a catalogue item (matched loosely). */
  coveredRequestTypes?: Iterable<string>;
  /** For an audit derived from request records: its exact percentiles. */
  firstResponsePercentiles?: FirstResponsePercentiles | null;
};

/**
 * The baseline of aggregated audit rows (domain §2). Request types are
 * grouped trimmed and case-insensitively, keeping the first spelling seen.
 * @throws RangeError on an invalid window or row (negative or fractional
 * count, negative or non-finite time, empty request type, unknown channel).
 */
export function computeBaseline({
  windowStart,
  windowEnd,
  rows,
  coveredRequestTypes,
  firstResponsePercentiles,
}: BaselineInput & { rows: readonly AuditRowInput[] }): Baseline {
  const days = windowDays({ windowStart, windowEnd });
  rows.forEach(assertAuditRow);
  if (firstResponsePercentiles) assertPercentiles(firstResponsePercentiles);
  const totalRequests = rows.reduce((sum, row) => sum + row.count, 0);
  const requestTypes = rankRequestTypes({ counts: rows });
  const handling = weightedMean({
    entries: rows.map((row) => ({
      value: row.avgHandlingMinutes,
      weight: row.requestsWithHandlingMinutes ?? row.count,
    })),
  });
  const firstResponse = weightedMean({
    entries: rows.map((row) => ({
      value: row.avgFirstResponseHours,
      weight: row.requestsWithFirstResponseHours ?? row.count,
    })),
  });
  return {
    windowStart,
    windowEnd,
    windowDays: days,
    totalRequests,
    monthlyVolume: monthlyVolume({ totalRequests, windowDays: days }),
    ...channelMix({
      entries: rows.map((row) => ({ ...row, weight: row.count })),
    }),
    requestTypes,
    topRequestTypes: requestTypes.slice(0, DEFAULT_TOP_REQUEST_TYPES),
    avgHandlingMinutes: handling.mean,
    requestsWithHandlingMinutes: handling.weight,
    avgFirstResponseHours: firstResponse.mean,
    requestsWithFirstResponseHours: firstResponse.weight,
    // An aggregated row holds a mean, not the times behind it: no percentile
    // unless the audit was derived from the records themselves.
    medianFirstResponseHours:
      firstResponsePercentiles?.medianFirstResponseHours ?? null,
    p90FirstResponseHours:
      firstResponsePercentiles?.p90FirstResponseHours ?? null,
    catalogCoverage: catalogCoverage({ counts: rows, coveredRequestTypes }),
  };
}

/**
 * The baseline of request-level audit data: each request is a row of count
 * 1, so the means are plain means over the requests that have the value,
 * and the median and P90 of first response are nearest-rank over them.
 * @throws RangeError as computeBaseline does.
 */
export function computeBaselineFromRequests({
  requests,
  ...input
}: BaselineInput & { requests: readonly RequestInput[] }): Baseline {
  const baseline = computeBaseline({
    ...input,
    rows: requests.map((request) => ({
      requestType: request.requestType,
      channel: request.channel,
      count: 1,
      avgHandlingMinutes: request.handlingMinutes,
      avgFirstResponseHours: request.firstResponseHours,
    })),
  });
  const times = requests.flatMap((request) =>
    request.firstResponseHours === null ||
    request.firstResponseHours === undefined
      ? []
      : [request.firstResponseHours],
  );
  return {
    ...baseline,
    medianFirstResponseHours: median({ values: times }),
    p90FirstResponseHours: nearestRankPercentile({ values: times, p: 0.9 }),
  };
}

function assertAuditRow(row: AuditRowInput, index: number): void {
  const problem = auditRowProblem(row);
  if (problem) throw new RangeError(`audit row ${index + 1}: ${problem}`);
}

function auditRowProblem(row: AuditRowInput): string | null {
  if (row.requestType.trim() === '') return 'request type is empty';
  if (!isChannel(row.channel))
    return `unknown channel ${JSON.stringify(row.channel)}`;
  if (!Number.isSafeInteger(row.count) || row.count < 0) {
    return `count must be a non-negative integer, got ${row.count}`;
  }
  for (const field of [
    'avgHandlingMinutes',
    'avgFirstResponseHours',
  ] as const) {
    const value = row[field];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      return `${field} must be a non-negative number, got ${value}`;
    }
  }
  for (const field of [
    'requestsWithHandlingMinutes',
    'requestsWithFirstResponseHours',
  ] as const) {
    const value = row[field];
    if (value === null || value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0 || value > row.count) {
      return `${field} must be an integer from 0 to count (${row.count}), got ${value}`;
    }
  }
  return null;
}

function assertPercentiles(percentiles: FirstResponsePercentiles): void {
  for (const [field, value] of Object.entries(percentiles)) {
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(
        `${field} must be a non-negative number, got ${value}`,
      );
    }
  }
}
