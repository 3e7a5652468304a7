import {
  buildCaseInput,
  buildDepartment,
  TINY_CASE,
} from '../testing/business-case.fixtures';
import { resolveBusinessCase } from './business-case-input';
import { costOfInaction } from './cost-of-inaction';

describe(costOfInaction.name, () => {
  it('costs every request at the agent rate over the horizon', () => {
    // Tiny case: 1,000 requests × 10 per request × 6 months = 60,000 (the
    // reference script agrees), whatever the deflection and the residual.
    const result = costOfInaction({
      model: resolveBusinessCase({ input: TINY_CASE }),
    });
    expect(result.cost).toBeCloseTo(60_000, 9);
    expect(result.extraFtes).toBe(0);
  });

  it('counts the FTEs the growth needs by the horizon', () => {
    // 12 % a year over 25 months: volume(25) = 1,200 × 1.12² = 1,505.28;
    // volume(1) = 1,200; +305.28 requests × 30 min = 152.64 h → / 120 = 1.272 FTE.
    // A second department with 0 growth effect (0 volume) adds nothing.
    const model = resolveBusinessCase({
      input: buildCaseInput({
        horizonMonths: 25,
        annualVolumeGrowth: 0.12,
        departments: [
          buildDepartment({ monthlyVolume: 1_200, handlingMinutes: 30 }),
          buildDepartment({ monthlyVolume: 0, handlingMinutes: 30 }),
        ],
      }),
    });
    expect(costOfInaction({ model }).extraFtes).toBeCloseTo(1.272, 12);
  });
});
