import { EntityManager } from 'typeorm';
import { BusinessCaseEntity, BusinessCaseVersionEntity } from '@esm-planner/api-data-access-db';
import type { SavedCaseInputs } from '@esm-planner/domain-business-case';

export const DEMO_BUSINESS_CASE_NAME = 'Northwind ESM expansion — 36 months';

/**
 * The demo organisation's business case (GBP). Only what a CIO would enter is
 * stored: the programme costs, and volumes for Legal and Facilities, which
 * have no audit yet (service owners' estimates). Everything else follows
 * its default when the case is read: IT, HR and Finance volumes and handling
 * minutes from the demo audit, targets from the benchmarks (0.30, flagged,
 * for Legal and Facilities), go-live months from the roadmap.
 */
export function demoBusinessCaseInputs(departmentId: (name: string) => string): SavedCaseInputs {
  return {
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
      { departmentId: departmentId('HR') },
      { departmentId: departmentId('Finance') },
      { departmentId: departmentId('Legal'), monthlyVolume: 320, handlingMinutes: 45 },
      { departmentId: departmentId('Facilities'), monthlyVolume: 1_150, handlingMinutes: 14 },
    ],
  };
}

export async function seedDemoBusinessCase(
  manager: EntityManager,
  { organizationId, departmentId, savedBy }: { organizationId: string; departmentId: (name: string) => string; savedBy: string },
): Promise<void> {
  const saved = await manager.save(manager.create(BusinessCaseEntity, { organizationId, name: DEMO_BUSINESS_CASE_NAME }));
  await manager.save(
    manager.create(BusinessCaseVersionEntity, {
      organizationId,
      businessCaseId: saved.id,
      version: 1,
      input: demoBusinessCaseInputs(departmentId) as unknown as Record<string, unknown>,
      savedBy,
    }),
  );
}
