import { EntityManager } from 'typeorm';
import {
  BusinessCaseEntity,
  BusinessCaseVersionEntity,
} from '@esm-planner/api-data-access-db';
import {
  DAYS_PER_MONTH,
  type SavedCaseInputs,
} from '@esm-planner/domain-business-case';
import { addDays } from '@esm-planner/shared-util-dates';
import { periodStartOfDate } from '@esm-planner/domain-metrics';

export const DEMO_BUSINESS_CASE_NAME = 'Northwind ESM expansion — 36 months';

/** Complete case months the demo's request data covers when it is seeded. */
const DEMO_MONTHS_OF_DATA = 8;

/**
 * Month 0 of the demo case: chosen so that its month 8 ends on the eve of
 * the current week (the last day of the demo's request data, demo-requests.ts)
 * — 244 days before this Monday, two days before IT's 90-day plan starts
 * (demo-rollouts.ts). IT's day 61, its first week of records, is then 62 days
 * in: month 3. Whatever the weekday of the first start, months 1–8 are
 * complete and fully covered by the records.
 */
export function demoProgrammeStart({ now }: { now: Date }): string {
  const thisMonday = periodStartOfDate({
    date: now.toISOString().slice(0, 10),
    grain: 'WEEK',
  });
  const lastDayOfMonth8 = Math.ceil(DEMO_MONTHS_OF_DATA * DAYS_PER_MONTH) - 1; // day 243
  return addDays({ date: thisMonday, days: -1 - lastDayOfMonth8 });
}

/**
 * The demo organisation's business case (GBP), saved when the programme
 * started, so the Actuals tab has eight months to measure. Only what a CIO
 * would enter is stored: the programme start and costs; volumes for Legal
 * and Facilities, which have no audit yet (service owners' estimates); and
 * HR's go-live in month 7 — the plan when the case was made. HR's plan did
 * reach day 61 in month 7 (demo-rollouts.ts), but its pilot ran late: it
 * logs requests only from month 8 and deflects less than the benchmark, so
 * value realisation shows HR behind, while IT, live from month 3, is close
 * to plan. A new case built now takes HR's measured deflection instead. Everything else follows its
 * default when the case is read: IT, HR and Finance volumes and handling
 * minutes from the demo audit, targets from the benchmarks (0.30, flagged,
 * for Legal and Facilities), the other go-live months from the roadmap.
 */
export function demoBusinessCaseInputs(
  departmentId: (name: string) => string,
  { now }: { now: Date },
): SavedCaseInputs {
  return {
    programmeStart: demoProgrammeStart({ now }),
    horizonMonths: 36,
    loadedHourlyCost: 48,
    oneTimeCosts: 180_000,
    // 14 % of the up-front budget: above the ~10 % average that often fails.
    changeManagementCost: 30_000,
    monthlyPlatformCost: 11_000,
    monthlyCoeCost: 7_500,
    annualVolumeGrowth: 0.04,
    monteCarloRuns: 2_000,
    seed: 7,
    departments: [
      { departmentId: departmentId('IT') },
      { departmentId: departmentId('HR'), goLiveMonth: 7 },
      { departmentId: departmentId('Finance') },
      {
        departmentId: departmentId('Legal'),
        monthlyVolume: 320,
        handlingMinutes: 45,
      },
      {
        departmentId: departmentId('Facilities'),
        monthlyVolume: 1_150,
        handlingMinutes: 14,
      },
    ],
  };
}

export async function seedDemoBusinessCase(
  manager: EntityManager,
  {
    organizationId,
    departmentId,
    savedBy,
    now,
  }: {
    organizationId: string;
    departmentId: (name: string) => string;
    savedBy: string;
    now: Date;
  },
): Promise<void> {
  const saved = await manager.save(
    manager.create(BusinessCaseEntity, {
      organizationId,
      name: DEMO_BUSINESS_CASE_NAME,
    }),
  );
  await manager.save(
    manager.create(BusinessCaseVersionEntity, {
      organizationId,
      businessCaseId: saved.id,
      version: 1,
      input: demoBusinessCaseInputs(departmentId, { now }) as unknown as Record<
        string,
        unknown
      >,
      savedBy,
    }),
  );
}
