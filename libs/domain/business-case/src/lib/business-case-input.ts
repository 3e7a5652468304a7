import { DepartmentKind } from '@esm-planner/domain-departments';
import type { DeflectionBenchmark } from '@esm-planner/domain-metrics';

import { benchmarkDeflection, DeflectionOrigin } from './deflection-benchmark';

// Optional fields accept null as well as undefined: GraphQL sends null for
// an optional argument the client set to null, and both mean "use the default".

/** One department of the case (api.md `DepartmentCaseInput`). */
export type DepartmentCaseInput = {
  departmentId?: string | null;
  kind: DepartmentKind;
  name?: string | null;
  /** The department's own word for a unit of work, for its head's view. */
  vocabulary?: string | null;
  /** Requests per month today (from the audit, or entered). */
  monthlyVolume: number;
  /** Agent minutes per request. */
  handlingMinutes: number;
  /** Fraction in [0, 1]; default: the department's benchmark (domain §3). */
  targetDeflection?: number | null;
  /**
   * The department's benchmark when its organisation set one (the API fills
   * it in from `departmentId`; not part of the public input); default: the
   * published benchmark for `kind`, or the 0.30 assumption.
   */
  benchmark?: DeflectionBenchmark | null;
  /** First month (1-based) with deflection; see `goLiveMonthFromPlan`. */
  goLiveMonth: number;
  /** Months to reach the target, ≥ 1; default 3. */
  rampMonths?: number | null;
};

/** The whole case (api.md `BusinessCaseInput`). Money in the organisation's currency. */
export type BusinessCaseInput = {
  /** Months after month 0, 1..120; default 36. */
  horizonMonths?: number | null;
  /** Fully loaded cost of one agent hour. */
  loadedHourlyCost: number;
  /** Fraction per year; default 0. */
  annualVolumeGrowth?: number | null;
  /** What a deflected request still costs (automation, licences); default 0. */
  residualCostPerDeflected?: number | null;
  /** Implementation and integration, paid in month 0. */
  oneTimeCosts: number;
  /** Paid in month 0; default 0. */
  changeManagementCost?: number | null;
  monthlyPlatformCost: number;
  /** Centre of Excellence running cost per month; default 0. */
  monthlyCoeCost?: number | null;
  /** Fraction per year; default 0.08. */
  annualDiscountRate?: number | null;
  /** Monte Carlo runs, 0..100,000; default 0 (none). */
  monteCarloRuns?: number | null;
  /** PRNG seed for Monte Carlo; default 1. */
  seed?: number | null;
  departments: readonly DepartmentCaseInput[];
};

export const BUSINESS_CASE_DEFAULTS = {
  horizonMonths: 36,
  annualVolumeGrowth: 0,
  residualCostPerDeflected: 0,
  changeManagementCost: 0,
  monthlyCoeCost: 0,
  annualDiscountRate: 0.08,
  monteCarloRuns: 0,
  seed: 1,
  rampMonths: 3,
} as const;

/** A department with every default applied. */
export type CaseDepartment = {
  index: number;
  departmentId: string | null;
  kind: DepartmentKind;
  name: string | null;
  vocabulary: string | null;
  /** name, else id, else kind: what warnings and views call it. */
  label: string;
  monthlyVolume: number;
  handlingMinutes: number;
  targetDeflection: number;
  deflectionOrigin: DeflectionOrigin;
  goLiveMonth: number;
  rampMonths: number;
};

/** The case with every default applied: what the model computes on. */
export type CaseModel = Omit<
  Required<{
    [K in keyof BusinessCaseInput]: NonNullable<BusinessCaseInput[K]>;
  }>,
  'departments'
> & { departments: readonly CaseDepartment[] };

function resolveDepartment(
  department: DepartmentCaseInput,
  index: number,
): CaseDepartment {
  const entered = department.targetDeflection;
  const deflection =
    entered === null || entered === undefined
      ? benchmarkDeflection({
          kind: department.kind,
          benchmark: department.benchmark,
        })
      : { value: entered, origin: 'ENTERED' as const };
  const name = department.name?.trim() || null;
  const departmentId = department.departmentId ?? null;
  return {
    index,
    departmentId,
    kind: department.kind,
    name,
    vocabulary: department.vocabulary?.trim() || null,
    label: name ?? departmentId ?? department.kind,
    monthlyVolume: department.monthlyVolume,
    handlingMinutes: department.handlingMinutes,
    targetDeflection: deflection.value,
    deflectionOrigin: deflection.origin,
    goLiveMonth: department.goLiveMonth,
    rampMonths: department.rampMonths ?? BUSINESS_CASE_DEFAULTS.rampMonths,
  };
}

/** Applies the defaults of domain §8; does not validate (see `businessCaseProblems`). */
export function resolveBusinessCase({
  input,
}: {
  input: BusinessCaseInput;
}): CaseModel {
  const d = BUSINESS_CASE_DEFAULTS;
  return {
    horizonMonths: input.horizonMonths ?? d.horizonMonths,
    loadedHourlyCost: input.loadedHourlyCost,
    annualVolumeGrowth: input.annualVolumeGrowth ?? d.annualVolumeGrowth,
    residualCostPerDeflected:
      input.residualCostPerDeflected ?? d.residualCostPerDeflected,
    oneTimeCosts: input.oneTimeCosts,
    changeManagementCost: input.changeManagementCost ?? d.changeManagementCost,
    monthlyPlatformCost: input.monthlyPlatformCost,
    monthlyCoeCost: input.monthlyCoeCost ?? d.monthlyCoeCost,
    annualDiscountRate: input.annualDiscountRate ?? d.annualDiscountRate,
    monteCarloRuns: input.monteCarloRuns ?? d.monteCarloRuns,
    seed: input.seed ?? d.seed,
    departments: input.departments.map(resolveDepartment),
  };
}
