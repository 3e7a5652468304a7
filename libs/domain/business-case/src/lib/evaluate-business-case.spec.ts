import {
  buildCaseInput,
  buildDepartment,
  TINY_CASE,
} from '../testing/business-case.fixtures';
import { BusinessCaseInputError } from './business-case-problems';
import { evaluateBusinessCase } from './evaluate-business-case';

describe(evaluateBusinessCase.name, () => {
  // The tiny case, worked in monthly-model.spec.ts; NPV and IRR from
  // scripts/reference_model.py (see npv.spec.ts and irr.spec.ts).
  const result = evaluateBusinessCase({ input: TINY_CASE });

  it('computes the headline figures of the tiny case', () => {
    expect(result.paybackMonths).toBeCloseTo(5.5, 12);
    // (21,600 − 19,900) / 19,900
    expect(result.roi).toBeCloseTo(1_700 / 19_900, 12);
    expect(result.npv).toBeCloseTo(1363.0843500174628, 8);
    expect(result.irr).toBeCloseTo(0.517384964679175, 9);
    expect(result.costOfInaction).toBeCloseTo(60_000, 9);
    expect(result.extraFtes).toBe(0);
    // 2,000 / (5,900 + 2,000)
    expect(result.changeManagementShare).toBeCloseTo(2_000 / 7_900, 15);
    expect(result.benchmarkPayback).toEqual({
      low: 14,
      high: 22,
      position: 'FASTER',
    });
    expect(result.totals.benefit).toBeCloseTo(21_600, 9);
    expect(result.totals.cost).toBe(19_900);
    expect(result.totals.net).toBeCloseTo(1_700, 9);
    expect(result.warnings).toEqual([]);
  });

  it('carries the monthly rows with the per-department detail', () => {
    expect(result.monthly).toHaveLength(7);
    expect(result.monthly[6].cumulative).toBeCloseTo(1_700, 9);
    expect(result.monthly[4].byDepartment![0]).toMatchObject({
      label: 'IT',
      deflected: 600,
    });
  });

  it('carries sensitivity, scenarios and no Monte Carlo by default', () => {
    expect(result.sensitivity).toHaveLength(6);
    expect(result.scenarios.map((s) => s.name)).toEqual([
      'CONSERVATIVE',
      'EXPECTED',
      'OPTIMISTIC',
    ]);
    expect(result.monteCarlo).toBeNull();
  });

  it('runs Monte Carlo when asked', () => {
    const withRuns = evaluateBusinessCase({
      input: { ...TINY_CASE, monteCarloRuns: 1_000, seed: 3 },
    });
    expect(withRuns.monteCarlo).toMatchObject({
      runs: 1_000,
      seed: 3,
      probabilityOfPayback: 0.586,
    });
  });

  it('refuses an invalid case with every problem listed', () => {
    const input = buildCaseInput({
      loadedHourlyCost: -5,
      departments: [buildDepartment({ monthlyVolume: -1 })],
    });
    expect(() => evaluateBusinessCase({ input })).toThrow(
      BusinessCaseInputError,
    );
    try {
      evaluateBusinessCase({ input });
    } catch (error) {
      expect(
        (error as BusinessCaseInputError).problems.map((p) => p.field),
      ).toEqual(['loadedHourlyCost', 'departments[0].monthlyVolume']);
      expect(error).toBeInstanceOf(RangeError);
    }
  });

  it('pays back at once with no up-front costs', () => {
    const input = buildCaseInput({ oneTimeCosts: 0, changeManagementCost: 0 });
    const free = evaluateBusinessCase({ input });
    expect(free.paybackMonths).toBe(0);
    expect(free.changeManagementShare).toBeNull();
  });

  it('reports never when the case does not pay back', () => {
    const input = buildCaseInput({
      monthlyPlatformCost: 50_000,
      horizonMonths: 12,
    });
    const costly = evaluateBusinessCase({ input });
    expect(costly.paybackMonths).toBeNull();
    expect(costly.benchmarkPayback.position).toBe('NEVER');
    expect(costly.irr).toBeNull(); // every month loses money: no sign change
    expect(costly.roi).toBeLessThan(0);
  });

  it('has a null ROI when nothing is spent', () => {
    const input = buildCaseInput({ oneTimeCosts: 0, monthlyPlatformCost: 0 });
    expect(evaluateBusinessCase({ input }).roi).toBeNull();
  });
});
