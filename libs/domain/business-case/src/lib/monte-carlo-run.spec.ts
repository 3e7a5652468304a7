import fc from 'fast-check';

import { BusinessCaseInput, resolveBusinessCase } from './business-case-input';
import { cashFlowSeries } from './monthly-model';
import { monteCarloRunModel, runEvaluator } from './monte-carlo';
import { discountDivisors, presentValueWithDivisors } from './npv';
import { paybackMonths } from './payback';
import { mulberry32 } from './random';

// The fused run loop must give the same bits as the plain path it replaces
// (run model → cashFlowSeries → paybackMonths, presentValueWithDivisors),
// residual costs above the handling cost and payback in month 0 included.
const departmentArb = fc.record({
  kind: fc.constantFrom('IT' as const, 'HR' as const, 'LEGAL' as const),
  monthlyVolume: fc.double({ min: 0, max: 20_000, noNaN: true }),
  handlingMinutes: fc.double({ min: 0, max: 120, noNaN: true }),
  targetDeflection: fc.double({ min: 0, max: 1, noNaN: true }),
  goLiveMonth: fc.integer({ min: 1, max: 40 }),
  rampMonths: fc.integer({ min: 1, max: 12 }),
});
const caseArb: fc.Arbitrary<BusinessCaseInput> = fc.record({
  horizonMonths: fc.integer({ min: 1, max: 60 }),
  loadedHourlyCost: fc.double({ min: 0, max: 200, noNaN: true }),
  annualVolumeGrowth: fc.double({ min: 0, max: 0.5, noNaN: true }),
  residualCostPerDeflected: fc.double({ min: 0, max: 20, noNaN: true }),
  oneTimeCosts: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
  changeManagementCost: fc.constantFrom(0, 15_000),
  monthlyPlatformCost: fc.double({ min: 0, max: 50_000, noNaN: true }),
  monthlyCoeCost: fc.double({ min: 0, max: 30_000, noNaN: true }),
  annualDiscountRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  departments: fc.array(departmentArb, { minLength: 1, maxLength: 5 }),
});

describe(runEvaluator.name, () => {
  it('gives the same payback and NPV bits as the plain path, run after run', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 2 ** 31 }),
        (input, seed) => {
          const model = resolveBusinessCase({ input });
          const divisors = discountDivisors(model);
          const fast = runEvaluator(model);
          const fastRandom = mulberry32({ seed });
          const slowRandom = mulberry32({ seed });
          for (let run = 0; run < 5; run += 1) {
            const { net } = cashFlowSeries({
              model: monteCarloRunModel({ model, random: slowRandom }),
            });
            const got = fast(fastRandom);
            expect(Object.is(got.payback, paybackMonths({ net }))).toBe(true);
            expect(
              Object.is(got.npv, presentValueWithDivisors({ net, divisors })),
            ).toBe(true);
          }
        },
      ),
      { seed: 20_261_201, numRuns: 300 },
    );
  });
});
