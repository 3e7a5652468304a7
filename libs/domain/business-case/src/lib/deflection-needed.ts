/**
 * The deflection rate a department would need from now on to meet its plan
 * (domain §9, docs/domain/business-case-value-realisation.md): the one rate
 * x, held in every month not yet complete (c + 1..horizon, the current month
 * included), that makes its benefit over the whole horizon equal the
 * plan's:
 *
 *   realisedToDate + Σ_{m>c} plannedVolume(m) × x × saving = Σ_{m=1..H} plannedBenefit(m)
 *
 * so x = (Σ plannedBenefit − realisedToDate) / (saving × Σ_{m>c} plannedVolume(m)).
 * The plan's own volumes are used (the case's volume and growth): the
 * question is what share of the requests the plan expects must be deflected.
 * x may exceed 1: the plan can no longer be met within the horizon.
 * @returns 0 when the realised benefit already covers the whole plan; null
 * when no month remains, or a deflected request saves nothing (saving ≤ 0),
 * or the remaining months have no volume — no rate answers the question.
 */
export function deflectionNeeded({
  plannedBenefit,
  plannedVolume,
  realisedToDate,
  completeMonths,
  saving,
}: {
  /** Months 1..horizon, index 0 = month 1. */
  plannedBenefit: readonly number[];
  /** Months 1..horizon, index 0 = month 1: the plan's requests. */
  plannedVolume: readonly number[];
  /** Σ realised benefit over the complete months. */
  realisedToDate: number;
  /** Months 1..completeMonths are over. */
  completeMonths: number;
  /** What one deflected request saves: cost per request − residual cost. */
  saving: number;
}): number | null {
  if (plannedBenefit.length !== plannedVolume.length) {
    throw new RangeError(
      'plannedBenefit and plannedVolume must cover the same months',
    );
  }
  if (completeMonths >= plannedBenefit.length || !(saving > 0)) return null;
  let plannedTotal = 0;
  for (const benefit of plannedBenefit) plannedTotal += benefit;
  let remainingVolume = 0;
  for (let i = completeMonths; i < plannedVolume.length; i += 1)
    remainingVolume += plannedVolume[i];
  if (!(remainingVolume > 0)) return null;
  const shortfall = plannedTotal - realisedToDate;
  return shortfall <= 0 ? 0 : shortfall / (saving * remainingVolume);
}
