import {
  buildCaseInput,
  buildDepartment,
  TINY_CASE,
  TWO_WEEK_AUDIT_CASE,
} from '../testing/business-case.fixtures';
import { FIVE_DEPARTMENT_CASE } from '../testing/business-case.fixtures';
import { resolveBusinessCase } from './business-case-input';
import {
  monteCarlo,
  monteCarloRunModel,
  monteCarloSamples,
} from './monte-carlo';
import { monteCarloSummary } from './monte-carlo-summary';

describe(monteCarlo.name, () => {
  // Independent figures: scripts/reference_model.py runs the same draws
  // (its own mulberry32 and triangular inverse CDF, draw order deflection,
  // volume, handling; one draw per driver per run) through its own model.
  it('matches the reference on the two-week-audit case (2,000 runs, seed 7)', () => {
    const model = resolveBusinessCase({ input: TWO_WEEK_AUDIT_CASE });
    const result = monteCarlo({ model, runs: 2_000, seed: 7 })!;
    expect(result.runs).toBe(2_000);
    expect(result.seed).toBe(7);
    expect(result.p10Payback).toBeCloseTo(7.402247309857018, 8);
    expect(result.p50Payback).toBeCloseTo(8.102871154076796, 8);
    expect(result.p90Payback).toBeCloseTo(9.074391702057744, 8);
    expect(result.p10Npv).toBeCloseTo(1371152.127277981, 4);
    expect(result.p50Npv).toBeCloseTo(1852291.3468647564, 4);
    expect(result.p90Npv).toBeCloseTo(2387476.843725648, 4);
    expect(result.probabilityOfPayback).toBe(1);
  });

  it('matches the reference where P90 falls on a run that never pays back (tiny case, 1,000 runs, seed 3)', () => {
    // 586 of 1,000 runs pay back within 6 months, so ranks above 586 are
    // "never": P90 (rank 900) is null, P50 (rank 500) is a month figure.
    const model = resolveBusinessCase({ input: TINY_CASE });
    const result = monteCarlo({ model, runs: 1_000, seed: 3 })!;
    expect(result.p10Payback).toBeCloseTo(4.702891116903328, 10);
    expect(result.p50Payback).toBeCloseTo(5.774475351750061, 10);
    expect(result.p90Payback).toBeNull();
    expect(result.p10Npv).toBeCloseTo(-3518.3142338428156, 7);
    expect(result.p50Npv).toBeCloseTo(394.6133692303433, 7);
    expect(result.p90Npv).toBeCloseTo(5231.540958863289, 7);
    expect(result.probabilityOfPayback).toBe(0.586);
  });

  it('is deterministic for a seed, and moves with it', () => {
    const model = resolveBusinessCase({ input: TWO_WEEK_AUDIT_CASE });
    const a = monteCarlo({ model, runs: 500, seed: 99 });
    expect(monteCarlo({ model, runs: 500, seed: 99 })).toEqual(a);
    expect(monteCarlo({ model, runs: 500, seed: 100 })!.p50Npv).not.toBe(
      a!.p50Npv,
    );
  });

  it('is null for 0 runs', () => {
    const model = resolveBusinessCase({ input: TINY_CASE });
    expect(monteCarlo({ model, runs: 0, seed: 1 })).toBeNull();
  });

  it('gives null payback percentiles and probability 0 when no run pays back', () => {
    // 1,000 tickets saving at most 10 × 0.75 × 1.2 × 1.2 a month cannot
    // cover 100,000 a month of platform.
    const model = resolveBusinessCase({
      input: buildCaseInput({
        monthlyPlatformCost: 100_000,
        horizonMonths: 12,
      }),
    });
    const result = monteCarlo({ model, runs: 200, seed: 1 })!;
    expect([result.p10Payback, result.p50Payback, result.p90Payback]).toEqual([
      null,
      null,
      null,
    ]);
    expect(result.probabilityOfPayback).toBe(0);
    expect(result.p10Npv).toBeLessThanOrEqual(result.p50Npv);
    expect(result.p50Npv).toBeLessThanOrEqual(result.p90Npv);
  });
});

describe(monteCarloRunModel.name, () => {
  const model = resolveBusinessCase({
    input: buildCaseInput({
      departments: [
        buildDepartment({ targetDeflection: 0.9 }),
        buildDepartment({ targetDeflection: 0.5 }),
      ],
    }),
  });

  it('applies the top of every range, deflection capped at 1', () => {
    // u → 1: deflection +20 %, volume +20 %, handling +20 %.
    const run = monteCarloRunModel({ model, random: () => 1 - 2 ** -53 });
    expect(run.departments.map((d) => d.targetDeflection)).toEqual([
      1,
      expect.closeTo(0.6, 6),
    ]);
    expect(run.departments[0].monthlyVolume).toBeCloseTo(1_200, 4);
    expect(run.departments[0].handlingMinutes).toBeCloseTo(14.4, 5);
  });

  it('draws deflection, then volume, then handling', () => {
    // u = 0 gives each range's minimum: −30 %, −20 %, −20 %; u = 0.6 is the
    // deflection mode (0 %), u = 0.5 the mode of the symmetric ranges.
    const draws = [0, 0.5, 0];
    const run = monteCarloRunModel({ model, random: () => draws.shift()! });
    expect(run.departments[0].targetDeflection).toBeCloseTo(0.63, 12);
    expect(run.departments[0].monthlyVolume).toBeCloseTo(1_000, 12);
    expect(run.departments[0].handlingMinutes).toBeCloseTo(9.6, 12);
  });
});

describe('Monte Carlo in typed arrays', () => {
  const model = resolveBusinessCase({ input: FIVE_DEPARTMENT_CASE });

  // Recorded from the implementation before the typed-array rewrite (plain
  // arrays, an object per run, comparator sorts) on the same case and seed:
  // the rewrite must give the same numbers, bit for bit.
  const BEFORE = {
    p10Payback: 10.629287703555395,
    p50Payback: 12.594075960562321,
    p90Payback: 15.429392528648972,
    p10Npv: 1963326.4888020894,
    p50Npv: 2826350.3075540015,
    p90Npv: 3794433.1913426192,
    probabilityOfPayback: 1,
    runsWithoutPayback: 0,
    npvHistogram: [
      [858571.7778417728, 1098830.796437711, 24],
      [1098830.796437711, 1339089.815033649, 115],
      [1339089.815033649, 1579348.8336295872, 366],
      [1579348.8336295872, 1819607.8522255255, 780],
      [1819607.8522255255, 2059866.8708214639, 1347],
      [2059866.8708214639, 2300125.889417402, 1883],
      [2300125.889417402, 2540384.90801334, 2359],
      [2540384.90801334, 2780643.926609278, 2622],
      [2780643.926609278, 3020902.9452052168, 2619],
      [3020902.9452052168, 3261161.963801155, 2315],
      [3261161.963801155, 3501420.982397093, 1889],
      [3501420.982397093, 3741680.000993031, 1441],
      [3741680.000993031, 3981939.019588969, 957],
      [3981939.019588969, 4222198.038184907, 594],
      [4222198.038184907, 4462457.056780846, 381],
      [4462457.056780846, 4702716.0753767835, 187],
      [4702716.0753767835, 4942975.093972722, 71],
      [4942975.093972722, 5183234.112568661, 31],
      [5183234.112568661, 5423493.131164598, 13],
      [5423493.131164598, 5663752.149760537, 6],
    ],
    paybackHistogram: [
      [8, 9, 24],
      [9, 10, 654],
      [10, 11, 2494],
      [11, 12, 4135],
      [12, 13, 4322],
      [13, 14, 3465],
      [14, 15, 2228],
      [15, 16, 1314],
      [16, 17, 685],
      [17, 18, 352],
      [18, 19, 180],
      [19, 20, 80],
      [20, 21, 36],
      [21, 22, 19],
      [22, 23, 6],
      [23, 24, 5],
      [24, 25, 1],
    ],
  };
  const bins = (rows: number[][]) =>
    rows.map(([from, to, count]) => ({ from, to, count }));

  it('gives the figures the array implementation gave (5 departments, 60 months, 20,000 runs, seed 2026)', () => {
    const result = monteCarlo({ model, runs: 20_000, seed: 2026 })!;
    expect(result).toEqual({
      runs: 20_000,
      seed: 2026,
      ...BEFORE,
      npvHistogram: bins(BEFORE.npvHistogram),
      paybackHistogram: bins(BEFORE.paybackHistogram),
    });
  });

  it('computes the same samples in slices as in one pass, so threads can share the runs', () => {
    const whole = monteCarloSamples({ model, seed: 11, runs: 1_001 });
    const first = monteCarloSamples({
      model,
      seed: 11,
      firstRun: 0,
      runs: 500,
    });
    const second = monteCarloSamples({
      model,
      seed: 11,
      firstRun: 500,
      runs: 501,
    });
    expect(Array.from(first.npvs).concat(Array.from(second.npvs))).toEqual(
      Array.from(whole.npvs),
    );
    expect(
      Array.from(first.paybacks).concat(Array.from(second.paybacks)),
    ).toEqual(Array.from(whole.paybacks));
    const joined = (key: 'npvs' | 'paybacks') =>
      Float64Array.from([...second[key], ...first[key]]);
    expect(
      monteCarloSummary({
        seed: 11,
        paybacks: joined('paybacks'),
        npvs: joined('npvs'),
      }),
    ).toEqual(monteCarlo({ model, runs: 1_001, seed: 11 }));
  });
});
