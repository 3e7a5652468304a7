import { CaseModel } from './business-case-input';
import { costPerRequest, volumeInMonth } from './monthly-model';

/** Productive agent hours per FTE per month (domain §8). */
export const PRODUCTIVE_HOURS_PER_FTE_MONTH = 120;

/** What staying with today's way of working costs over the horizon. */
export type CostOfInaction = {
  /** Σ_{m=1..H} Σ_d volume_d(m) × costPerRequest_d: every request handled by an agent. */
  cost: number;
  /**
   * Agents the volume growth alone needs by the horizon's end:
   * Σ_d (volume_d(H) − volume_d(1)) × handlingMinutes_d / 60 / 120.
   * 0 without growth.
   */
  extraFtes: number;
};

export function costOfInaction({
  model,
}: {
  model: CaseModel;
}): CostOfInaction {
  const { annualVolumeGrowth, loadedHourlyCost, horizonMonths } = model;
  // Each department's own figures, picked once: spreading the whole model
  // into every call cost more than the sums themselves.
  const departments = model.departments.map(
    ({ monthlyVolume, handlingMinutes }) => ({
      monthlyVolume,
      annualVolumeGrowth,
      handlingMinutes,
      costPerRequest: costPerRequest({ handlingMinutes, loadedHourlyCost }),
    }),
  );
  let cost = 0;
  // Month order, then department order, as the cash-flow model sums.
  for (let month = 1; month <= horizonMonths; month += 1) {
    for (const department of departments) {
      const volume = volumeInMonth({ ...department, month });
      cost += volume * department.costPerRequest;
    }
  }
  let extraHours = 0;
  for (const department of departments) {
    const growth =
      volumeInMonth({ ...department, month: horizonMonths }) -
      volumeInMonth({ ...department, month: 1 });
    extraHours += (growth * department.handlingMinutes) / 60;
  }
  return { cost, extraFtes: extraHours / PRODUCTIVE_HOURS_PER_FTE_MONTH };
}
