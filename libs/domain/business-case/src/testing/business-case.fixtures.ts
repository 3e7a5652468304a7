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

/**
 * Five departments over 60 months, the size issue 18 sets the Monte Carlo
 * target for: staggered go-lives, growth, a residual cost, a department
 * that goes live after the horizon's middle and one with entered deflection.
 */
export const FIVE_DEPARTMENT_CASE: BusinessCaseInput = {
  horizonMonths: 60,
  loadedHourlyCost: 48,
  annualVolumeGrowth: 0.06,
  residualCostPerDeflected: 0.9,
  oneTimeCosts: 310_000,
  changeManagementCost: 45_000,
  monthlyPlatformCost: 14_500,
  monthlyCoeCost: 9_000,
  annualDiscountRate: 0.09,
  departments: [
    buildDepartment({
      kind: 'IT',
      name: 'IT',
      monthlyVolume: 6_200,
      handlingMinutes: 11,
      goLiveMonth: 2,
      rampMonths: 4,
    }),
    buildDepartment({
      kind: 'HR',
      name: 'HR',
      monthlyVolume: 3_900,
      handlingMinutes: 17,
      goLiveMonth: 5,
    }),
    buildDepartment({
      kind: 'FINANCE',
      name: 'Finance',
      monthlyVolume: 1_750,
      handlingMinutes: 26,
      goLiveMonth: 9,
      rampMonths: 6,
    }),
    buildDepartment({
      kind: 'LEGAL',
      name: 'Legal',
      monthlyVolume: 420,
      handlingMinutes: 55,
      targetDeflection: 0.22,
      goLiveMonth: 14,
    }),
    buildDepartment({
      kind: 'FACILITIES',
      name: 'Facilities',
      monthlyVolume: 2_300,
      handlingMinutes: 9,
      goLiveMonth: 33,
      rampMonths: 2,
    }),
  ],
};
