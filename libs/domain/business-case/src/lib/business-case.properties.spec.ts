import fc from 'fast-check';

import {
  BusinessCaseInput,
  DepartmentCaseInput,
  resolveBusinessCase,
} from './business-case-input';
import { caseOutcome } from './case-outcome';
import { evaluateBusinessCase } from './evaluate-business-case';
import { monthlyIrrRoots, presentValueAt } from './irr';
import { monthlyCashFlow } from './monthly-model';

// Fixed seeds: a failure reproduces on every machine, and fast-check prints
// the shrunk counterexample with the seed and path.
const SEED = 20_260_501;
const RUNS = { seed: SEED, numRuns: 200 };

const money = (max: number) =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const departmentArb: fc.Arbitrary<DepartmentCaseInput> = fc.record({
  kind: fc.constantFrom(
    'IT',
    'HR',
    'FINANCE',
    'LEGAL',
    'FACILITIES',
    'PROCUREMENT',
    'SECURITY',
    'OTHER',
  ),
  monthlyVolume: money(20_000),
  handlingMinutes: fc.double({ min: 0, max: 120, noNaN: true }),
  targetDeflection: fraction,
  goLiveMonth: fc.integer({ min: 1, max: 40 }),
  rampMonths: fc.integer({ min: 1, max: 12 }),
});

// The residual is drawn as a share of the cheapest request's agent cost, so
// a deflection never loses money: the properties below assume as much.
const caseArb: fc.Arbitrary<BusinessCaseInput> = fc
  .record({
    horizonMonths: fc.integer({ min: 1, max: 60 }),
    loadedHourlyCost: money(200),
    annualVolumeGrowth: fc.double({ min: 0, max: 0.5, noNaN: true }),
    residualShare: fraction,
    oneTimeCosts: money(1_000_000),
    changeManagementCost: money(200_000),
    monthlyPlatformCost: money(50_000),
    monthlyCoeCost: money(30_000),
    annualDiscountRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    departments: fc.array(departmentArb, { minLength: 1, maxLength: 4 }),
  })
  .map(({ residualShare, ...input }) => {
    const cheapest = Math.min(
      ...input.departments.map(
        (d) => (d.handlingMinutes / 60) * input.loadedHourlyCost,
      ),
    );
    return { ...input, residualCostPerDeflected: residualShare * cheapest };
  });

// "Never" sorts after every month.
const orNever = (payback: number | null) => payback ?? Number.POSITIVE_INFINITY;

describe('business case properties', () => {
  it('more deflection never delays payback', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 1, max: 3, noNaN: true }),
        (input, factor) => {
          const more = {
            ...input,
            departments: input.departments.map((d) => ({
              ...d,
              targetDeflection: Math.min(1, d.targetDeflection! * factor),
            })),
          };
          const before = caseOutcome({
            model: resolveBusinessCase({ input }),
          }).paybackMonths;
          const after = caseOutcome({
            model: resolveBusinessCase({ input: more }),
          }).paybackMonths;
          expect(orNever(after)).toBeLessThanOrEqual(orNever(before) + 1e-9);
        },
      ),
      RUNS,
    );
  });

  it('higher costs never raise NPV', () => {
    const extraArb = fc.record({
      oneTimeCosts: money(100_000),
      changeManagementCost: money(50_000),
      monthlyPlatformCost: money(10_000),
      monthlyCoeCost: money(10_000),
    });
    fc.assert(
      fc.property(caseArb, extraArb, (input, extra) => {
        const dearer = {
          ...input,
          oneTimeCosts: input.oneTimeCosts + extra.oneTimeCosts,
          changeManagementCost:
            input.changeManagementCost! + extra.changeManagementCost,
          monthlyPlatformCost:
            input.monthlyPlatformCost + extra.monthlyPlatformCost,
          monthlyCoeCost: input.monthlyCoeCost! + extra.monthlyCoeCost,
        };
        const npv = caseOutcome({ model: resolveBusinessCase({ input }) }).npv;
        const dearerNpv = caseOutcome({
          model: resolveBusinessCase({ input: dearer }),
        }).npv;
        expect(dearerNpv).toBeLessThanOrEqual(
          npv + 1e-9 * Math.max(1, Math.abs(npv)),
        );
      }),
      RUNS,
    );
  });

  it('pays back within the horizon or not at all', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { paybackMonths } = caseOutcome({
          model: resolveBusinessCase({ input }),
        });
        if (paybackMonths !== null) {
          expect(paybackMonths).toBeGreaterThanOrEqual(0);
          expect(paybackMonths).toBeLessThanOrEqual(input.horizonMonths!);
        }
      }),
      RUNS,
    );
  });

  it('has the cumulative as the running sum of net, and net = benefit − cost', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const rows = monthlyCashFlow({
          model: resolveBusinessCase({ input }),
          byDepartment: true,
        });
        let running = 0;
        rows.forEach((row, month) => {
          running += row.net;
          expect(row.month).toBe(month);
          expect(row.cumulative).toBe(running);
          expect(row.net).toBe(row.benefit - row.cost);
          // The lean series and the per-department rows agree to the bit.
          const sum = row.byDepartment!.reduce(
            (total, d) => total + d.benefit,
            0,
          );
          expect(row.benefit).toBe(sum);
        });
      }),
      RUNS,
    );
  });

  it('finds an IRR at which the present value is zero', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { monthly, irr } = evaluateBusinessCase({
          input: {
            ...input,
            horizonMonths: Math.min(input.horizonMonths!, 36),
          },
        });
        if (irr === null) return;
        const net = monthly.map((row) => row.net);
        const [root] = monthlyIrrRoots({ net });
        const scale = net.reduce((total, flow) => total + Math.abs(flow), 0);
        expect(
          Math.abs(presentValueAt({ net, monthlyRate: root })),
        ).toBeLessThanOrEqual(1e-6 * scale);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
