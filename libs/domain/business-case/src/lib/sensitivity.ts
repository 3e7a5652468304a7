import { CaseDepartment, CaseModel } from './business-case-input';
import { caseOutcome } from './case-outcome';

/** The drivers of the tornado chart, in the order ties keep. */
export const SENSITIVITY_DRIVERS = [
  'VOLUME',
  'HANDLING_MINUTES',
  'TARGET_DEFLECTION',
  'HOURLY_COST',
  'PLATFORM_COST',
  'ONE_TIME_COSTS',
] as const;

export type SensitivityDriver = (typeof SENSITIVITY_DRIVERS)[number];

/** Each driver is moved this fraction down and up. */
export const SENSITIVITY_STEP = 0.2;

export type SensitivityPoint = { paybackMonths: number | null; npv: number };

export type SensitivityRow = {
  driver: SensitivityDriver;
  /** The case with the driver at −20 % (not necessarily the worse outcome). */
  low: SensitivityPoint;
  /** The case with the driver at +20 %. */
  high: SensitivityPoint;
  /** |high.npv − low.npv|: the bar length of the tornado. */
  npvSwing: number;
};

function scaleDepartments(
  model: CaseModel,
  scale: (department: CaseDepartment) => Partial<CaseDepartment>,
): CaseModel {
  return {
    ...model,
    departments: model.departments.map((d) => ({ ...d, ...scale(d) })),
  };
}

/** The case with one driver multiplied by `factor`; deflection capped at 1. */
export function withDriverScaled({
  model,
  driver,
  factor,
}: {
  model: CaseModel;
  driver: SensitivityDriver;
  factor: number;
}): CaseModel {
  switch (driver) {
    case 'VOLUME':
      return scaleDepartments(model, (d) => ({
        monthlyVolume: d.monthlyVolume * factor,
      }));
    case 'HANDLING_MINUTES':
      return scaleDepartments(model, (d) => ({
        handlingMinutes: d.handlingMinutes * factor,
      }));
    case 'TARGET_DEFLECTION':
      // A rate above 1 would deflect more requests than exist.
      return scaleDepartments(model, (d) => ({
        targetDeflection: Math.min(1, d.targetDeflection * factor),
      }));
    case 'HOURLY_COST':
      return { ...model, loadedHourlyCost: model.loadedHourlyCost * factor };
    case 'PLATFORM_COST':
      return {
        ...model,
        monthlyPlatformCost: model.monthlyPlatformCost * factor,
      };
    case 'ONE_TIME_COSTS':
      return { ...model, oneTimeCosts: model.oneTimeCosts * factor };
  }
}

// Swings that differ only by floating-point noise are equal: minutes and
// hourly cost enter the benefit only as a product, yet ×0.8 applied to one
// or the other rounds differently. Array.prototype.sort is stable, so equal
// swings keep the driver order.
const SWING_TOLERANCE = 1e-9;

function bySwingDescending(a: SensitivityRow, b: SensitivityRow): number {
  const scale = Math.max(Math.abs(a.npvSwing), Math.abs(b.npvSwing), 1);
  const difference = b.npvSwing - a.npvSwing;
  return Math.abs(difference) <= SWING_TOLERANCE * scale ? 0 : difference;
}

function point(model: CaseModel): SensitivityPoint {
  const { paybackMonths, npv } = caseOutcome({ model });
  return { paybackMonths, npv };
}

/**
 * Tornado data: payback and NPV with each driver at −20 % and +20 %, the
 * others at their expected values, sorted by NPV swing, largest first
 * (ties keep the driver order above).
 */
export function sensitivity({ model }: { model: CaseModel }): SensitivityRow[] {
  const rows = SENSITIVITY_DRIVERS.map((driver) => {
    const low = point(
      withDriverScaled({ model, driver, factor: 1 - SENSITIVITY_STEP }),
    );
    const high = point(
      withDriverScaled({ model, driver, factor: 1 + SENSITIVITY_STEP }),
    );
    return { driver, low, high, npvSwing: Math.abs(high.npv - low.npv) };
  });
  return rows.sort(bySwingDescending);
}
