import {
  BusinessCaseInput,
  DepartmentCaseInput,
} from '../lib/business-case-input';

/** A department with round numbers; override what the test is about. */
export function buildDepartment(
  overrides: Partial<DepartmentCaseInput> = {},
): DepartmentCaseInput {
  return {
    kind: 'IT',
    name: 'IT',
    monthlyVolume: 1_000,
    handlingMinutes: 12,
    goLiveMonth: 1,
    ...overrides,
  };
}

/** A case with round numbers and one IT department. */
export function buildCaseInput(
  overrides: Partial<BusinessCaseInput> = {},
): BusinessCaseInput {
  return {
    loadedHourlyCost: 50,
    oneTimeCosts: 10_000,
    monthlyPlatformCost: 1_000,
    departments: [buildDepartment()],
    ...overrides,
  };
}

/**
 * The hand-worked case of monthly-model.spec.ts: one department, six
 * months, cost per request 12 / 60 × 50 = 10, saving 10 − 1 = 9 per
 * deflected request, 0.6 reached over a 3-month ramp from month 2.
 */
export const TINY_CASE: BusinessCaseInput = {
  horizonMonths: 6,
  loadedHourlyCost: 50,
  residualCostPerDeflected: 1,
  oneTimeCosts: 5_900,
  changeManagementCost: 2_000,
  monthlyPlatformCost: 1_500,
  monthlyCoeCost: 500,
  departments: [
    buildDepartment({ targetDeflection: 0.6, goLiveMonth: 2, rampMonths: 3 }),
  ],
};

/**
 * IT, HR and Finance from a two-week audit, going live in months 3, 6 and
 * 9, benchmark deflection, 3-month ramps, 36 months at 8 %.
 */
export const TWO_WEEK_AUDIT_CASE: BusinessCaseInput = {
  loadedHourlyCost: 55,
  oneTimeCosts: 120_000,
  changeManagementCost: 15_000,
  monthlyPlatformCost: 9_000,
  monthlyCoeCost: 6_000,
  departments: [
    {
      departmentId: 'it',
      kind: 'IT',
      name: 'IT',
      monthlyVolume: 4_000,
      handlingMinutes: 12,
      goLiveMonth: 3,
    },
    {
      departmentId: 'hr',
      kind: 'HR',
      name: 'People',
      monthlyVolume: 4_220,
      handlingMinutes: 18,
      goLiveMonth: 6,
    },
    {
      departmentId: 'fin',
      kind: 'FINANCE',
      name: 'Finance',
      monthlyVolume: 2_000,
      handlingMinutes: 25,
      goLiveMonth: 9,
    },
  ],
};
