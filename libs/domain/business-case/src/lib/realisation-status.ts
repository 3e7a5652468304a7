/**
 * How a department's realised benefit compares with its plan (domain §9):
 * NOT_LIVE while it has no complete month with planned benefit, else AHEAD
 * (ratio ≥ 1.10), ON_TRACK (0.90 ≤ ratio < 1.10) or BEHIND (< 0.90).
 */
export type RealisationStatus = 'NOT_LIVE' | 'AHEAD' | 'ON_TRACK' | 'BEHIND';

export const REALISATION_STATUSES = [
  'NOT_LIVE',
  'AHEAD',
  'ON_TRACK',
  'BEHIND',
] as const satisfies readonly RealisationStatus[];

/** AHEAD from this ratio up. */
export const AHEAD_FROM = 1.1;
/** BEHIND below this ratio. */
export const BEHIND_BELOW = 0.9;

/** One complete month of one department: what the case planned and what happened. */
export type RealisationMonth = {
  plannedBenefit: number;
  realisedBenefit: number;
};

/**
 * Σ realised ÷ Σ planned over the complete months with planned benefit > 0
 * (a month before go-live, where the case planned nothing, does not count,
 * even if a pilot realised something in it).
 * @returns null when no such month exists.
 */
export function realisationRatio({
  months,
}: {
  months: readonly RealisationMonth[];
}): number | null {
  let planned = 0;
  let realised = 0;
  let counted = 0;
  for (const month of months) {
    if (!(month.plannedBenefit > 0)) continue;
    planned += month.plannedBenefit;
    realised += month.realisedBenefit;
    counted += 1;
  }
  return counted === 0 ? null : realised / planned;
}

/** The status of a ratio; the thresholds are compared on the unrounded ratio. */
export function realisationStatus({
  ratio,
}: {
  ratio: number | null;
}): RealisationStatus {
  if (ratio === null) return 'NOT_LIVE';
  if (ratio >= AHEAD_FROM) return 'AHEAD';
  if (ratio >= BEHIND_BELOW) return 'ON_TRACK';
  return 'BEHIND';
}
