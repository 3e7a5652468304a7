import type {
  BusinessCaseInput,
  MonthlyActual,
} from '@esm-planner/domain-business-case';

/**
 * The hand-worked case of libs/domain/business-case value-realisation.spec.ts
 * (figures worked there): six months from 2026-01-01 measured on 2026-04-03,
 * IT exactly on the 0.90 threshold, HR exactly on 1.10, Finance not live;
 * forecast payback 3 + 1,730 / 7,860 months.
 */
export const VALUE_CASE: BusinessCaseInput = {
  horizonMonths: 6,
  loadedHourlyCost: 40,
  residualCostPerDeflected: 2,
  oneTimeCosts: 8_000,
  changeManagementCost: 2_000,
  monthlyPlatformCost: 1_500,
  monthlyCoeCost: 500,
  departments: [
    {
      departmentId: 'it',
      name: 'IT',
      kind: 'IT',
      monthlyVolume: 1_000,
      handlingMinutes: 30,
      targetDeflection: 0.5,
      goLiveMonth: 2,
      rampMonths: 2,
    },
    {
      departmentId: 'hr',
      name: 'HR',
      kind: 'HR',
      monthlyVolume: 400,
      handlingMinutes: 15,
      targetDeflection: 0.5,
      goLiveMonth: 3,
      rampMonths: 1,
    },
    {
      departmentId: 'fin',
      name: 'Finance',
      kind: 'FINANCE',
      monthlyVolume: 200,
      handlingMinutes: 60,
      targetDeflection: 0.25,
      goLiveMonth: 5,
      rampMonths: 1,
    },
  ],
};

export const VALUE_ACTUALS: MonthlyActual[] = [
  { departmentId: 'it', month: 1, total: 1_000, deflected: 20 },
  { departmentId: 'it', month: 2, total: 1_000, deflected: 225 },
  { departmentId: 'it', month: 3, total: 1_000, deflected: 450 },
  { departmentId: 'hr', month: 3, total: 400, deflected: 220 },
  { departmentId: 'fin', month: 3, total: 180, deflected: 0 },
];

/** The same with HR behind: 100 deflected in month 3, ratio 0.5, needing (6,400 − 800) / 9,600 from now on. */
export const VALUE_ACTUALS_HR_BEHIND: MonthlyActual[] = VALUE_ACTUALS.map(
  (row) => (row.departmentId === 'hr' ? { ...row, deflected: 100 } : row),
);
