import {
  groupRequestTypes,
  requestTypeKey,
  RequestTypeCount,
} from './request-type';

/** One bar of the Pareto chart: a request type and its part of the volume. */
export type RequestTypeVolume = {
  requestType: string;
  count: number;
  /** Fraction of the audited volume (0.25 = 25 %); null when it is 0. */
  share: number | null;
  /** Running sum of `share` down the ranked list; 1 at the last type. */
  cumulativeShare: number | null;
};

/** How many request types domain §2 turns into first catalogue entries. */
export const DEFAULT_TOP_REQUEST_TYPES = 10;

// Weights that are normalised per month (organisation baselines) can differ
// by rounding only; such a pair is a tie, and the name decides.
const TIE_TOLERANCE = 1e-12;

function byWeightThenName(
  a: { requestType: string; weight: number },
  b: { requestType: string; weight: number },
): number {
  const scale = Math.max(Math.abs(a.weight), Math.abs(b.weight));
  if (Math.abs(a.weight - b.weight) > TIE_TOLERANCE * scale) {
    return b.weight - a.weight;
  }
  // Code-point order of the case-folded name: the same on every server,
  // whatever its locale.
  const keyA = requestTypeKey(a.requestType);
  const keyB = requestTypeKey(b.requestType);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/**
 * Ranks grouped request types by weight, descending, ties by name. Shares
 * are weight / Σ weight; the running sum is divided once at each step
 * rather than adding rounded shares, so the last cumulative share is
 * exactly 1.
 */
export function rankByWeight(
  groups: readonly { requestType: string; count: number; weight: number }[],
): RequestTypeVolume[] {
  const sorted = [...groups].sort(byWeightThenName);
  const total = sorted.reduce((sum, group) => sum + group.weight, 0);
  let running = 0;
  return sorted.map(({ requestType, count, weight }) => {
    running += weight;
    return {
      requestType,
      count,
      share: total > 0 ? weight / total : null,
      cumulativeShare: total > 0 ? running / total : null,
    };
  });
}

/**
 * Every request type, most frequent first (ties by name ascending, case-
 * insensitive), names grouped as requestTypeKey says.
 */
export function rankRequestTypes({
  counts,
}: {
  counts: readonly RequestTypeCount[];
}): RequestTypeVolume[] {
  return rankByWeight(groupRequestTypes({ entries: counts }));
}

export type TopRequestTypesInput = (
  | { baseline: { requestTypes: readonly RequestTypeVolume[] } }
  | { counts: readonly RequestTypeCount[] }
) & {
  /** A non-negative integer; 10 by default. */
  limit?: number;
};

/**
 * The first `limit` request types of a baseline (already ranked, shares
 * relative to the whole audit) or of raw counts (ranked here). Shares stay
 * relative to all types, so the last cumulative share shows how much of
 * the volume the top `limit` cover.
 * @throws RangeError when limit is not a non-negative integer.
 */
export function topRequestTypes(
  input: TopRequestTypesInput,
): RequestTypeVolume[] {
  const limit = input.limit ?? DEFAULT_TOP_REQUEST_TYPES;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
  const ranked =
    'baseline' in input
      ? input.baseline.requestTypes
      : rankRequestTypes({ counts: input.counts });
  return ranked.slice(0, limit);
}
