import { DepartmentKind } from '@esm-planner/domain-departments';
import type { DeflectionBenchmark } from '@esm-planner/domain-metrics';
import { benchmarkDeflection, DeflectionOrigin } from './deflection-benchmark';

/** What the roadmap knows about a department before any case is saved. */
export type AnnualNetBenefitInput = {
  kind: DepartmentKind;
  /** Requests per month today (from the department's audit). */
  monthlyVolume: number;
  /** Agent minutes per request. */
  handlingMinutes: number;
  /** Fully loaded cost of one agent hour. */
  loadedHourlyCost: number;
  /** Fraction in [0, 1]; default: the department's benchmark (domain §3). */
  targetDeflection?: number | null;
  /** The department's benchmark when the organisation set one; default: the published figure for `kind`. */
  benchmark?: DeflectionBenchmark | null;
  /** What a deflected request still costs; default 0. */
  residualCostPerDeflected?: number | null;
};

export type AnnualNetBenefit = {
  /** Money per year in the organisation's currency; never negative. */
  annualNetBenefit: number;
  targetDeflection: number;
  deflectionOrigin: DeflectionOrigin;
};

const MONTHS_PER_YEAR = 12;

/**
 * A department's projected annual net benefit (domain §6, from the §8
 * model): its first full year after the ramp, when deflection has reached
 * the target, at today's volume —
 *   12 × monthlyVolume × targetDeflection × (handlingMinutes / 60 × loadedHourlyCost − residualCostPerDeflected).
 * "Net" of the department's own cost per deflected request only: platform,
 * CoE and one-time costs are shared by the programme and do not depend on
 * which department goes next, so subtracting them would not change the
 * roadmap's order. Volume growth is left out for the same reason (it scales
 * every department alike). A deflected request that costs more than it
 * saves gives 0, not a negative benefit.
 * @throws RangeError for a negative or non-finite figure or a deflection outside [0, 1].
 */
export function annualNetBenefit({
  kind,
  monthlyVolume,
  handlingMinutes,
  loadedHourlyCost,
  targetDeflection,
  benchmark: departmentBenchmark,
  residualCostPerDeflected,
}: AnnualNetBenefitInput): AnnualNetBenefit {
  const figures = {
    monthlyVolume,
    handlingMinutes,
    loadedHourlyCost,
    residualCostPerDeflected: residualCostPerDeflected ?? 0,
  };
  for (const [name, value] of Object.entries(figures)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`${name} must be a number ≥ 0, got ${value}`);
  }
  const benchmark = benchmarkDeflection({
    kind,
    benchmark: departmentBenchmark,
  });
  const deflection = targetDeflection ?? benchmark.value;
  if (!Number.isFinite(deflection) || deflection < 0 || deflection > 1) {
    throw new RangeError(
      `targetDeflection must be a fraction in [0, 1], got ${deflection}`,
    );
  }
  const savedPerDeflected = Math.max(
    0,
    (handlingMinutes / 60) * loadedHourlyCost -
      figures.residualCostPerDeflected,
  );
  return {
    annualNetBenefit:
      MONTHS_PER_YEAR * monthlyVolume * deflection * savedPerDeflected,
    targetDeflection: deflection,
    deflectionOrigin: targetDeflection == null ? benchmark.origin : 'ENTERED',
  };
}
