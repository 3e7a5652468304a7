import {
  buildCaseInput,
  buildDepartment,
  TINY_CASE,
} from '../testing/business-case.fixtures';
import { resolveBusinessCase } from './business-case-input';
import { caseOutcome } from './case-outcome';
import {
  SENSITIVITY_DRIVERS,
  sensitivity,
  withDriverScaled,
} from './sensitivity';

const tiny = resolveBusinessCase({ input: TINY_CASE });

describe(sensitivity.name, () => {
  const rows = sensitivity({ model: tiny });
  const row = (driver: string) => rows.find((r) => r.driver === driver)!;

  it('has one row per driver, sorted by NPV swing, largest first', () => {
    expect(rows.map((r) => r.driver).sort()).toEqual(
      [...SENSITIVITY_DRIVERS].sort(),
    );
    for (let k = 1; k < rows.length; k += 1) {
      // Equal up to floating-point noise counts as a tie (see the sort).
      expect(rows[k - 1].npvSwing).toBeGreaterThanOrEqual(
        rows[k].npvSwing * (1 - 1e-9),
      );
    }
  });

  it('keeps the driver order for equal swings', () => {
    // Benefit depends on minutes × hourly cost only through their product,
    // so the two drivers swing the NPV alike.
    const drivers = rows.map((r) => r.driver);
    expect(drivers.indexOf('HANDLING_MINUTES')).toBeLessThan(
      drivers.indexOf('HOURLY_COST'),
    );
  });

  it('moves payback as worked by hand (tiny case)', () => {
    // Platform −20 %: 1,200 + 500 = 1,700 a month. Net months 1..6:
    // −1,700, 100, 1,900, 3,700, 3,700, 3,700; cumulative from −7,900:
    // −9,600, −9,500, −7,600, −3,900, −200, +3,500 → 5 + 200 / 3,700.
    expect(row('PLATFORM_COST').low.paybackMonths).toBeCloseTo(
      5 + 200 / 3_700,
      12,
    );
    // One-time −20 %: 4,720 + 2,000 = 6,720 in month 0; cumulative −6,720,
    // −8,720, −8,920, −7,320, −3,920, −520, +2,880 → 5 + 520 / 3,400.
    expect(row('ONE_TIME_COSTS').low.paybackMonths).toBeCloseTo(
      5 + 520 / 3_400,
      12,
    );
    // Platform +20 %: 2,300 a month never recovers 7,900 in six months.
    expect(row('PLATFORM_COST').high.paybackMonths).toBeNull();
  });

  it('swings NPV by the discounted platform change', () => {
    // ±300 a month over months 1..6 = 600 × Σ 1/1.08^(m/12) = 3,520.302271380274
    // (python3 -c "print(600*sum(1/(1.08**(1/12))**m for m in range(1,7)))").
    expect(row('PLATFORM_COST').npvSwing).toBeCloseTo(3520.302271380274, 8);
    expect(row('PLATFORM_COST').low.npv).toBeGreaterThan(
      row('PLATFORM_COST').high.npv,
    );
  });

  it('reports the expected NPV between low and high for a benefit driver', () => {
    const expected = caseOutcome({ model: tiny }).npv;
    expect(row('VOLUME').low.npv).toBeLessThan(expected);
    expect(row('VOLUME').high.npv).toBeGreaterThan(expected);
  });
});

describe(withDriverScaled.name, () => {
  it('caps deflection at 1', () => {
    const model = resolveBusinessCase({
      input: buildCaseInput({
        departments: [
          buildDepartment({ targetDeflection: 0.9 }),
          buildDepartment({ targetDeflection: 0.5 }),
        ],
      }),
    });
    const high = withDriverScaled({
      model,
      driver: 'TARGET_DEFLECTION',
      factor: 1.2,
    });
    expect(high.departments.map((d) => d.targetDeflection)).toEqual([1, 0.6]);
  });

  it.each([
    ['HOURLY_COST', 'loadedHourlyCost', 40],
    ['PLATFORM_COST', 'monthlyPlatformCost', 1_200],
    ['ONE_TIME_COSTS', 'oneTimeCosts', 4_720],
  ] as const)('%s scales %s', (driver, key, expected) => {
    expect(
      withDriverScaled({ model: tiny, driver, factor: 0.8 })[key],
    ).toBeCloseTo(expected, 9);
  });

  it('leaves change management and CoE costs alone', () => {
    const scaled = withDriverScaled({
      model: tiny,
      driver: 'ONE_TIME_COSTS',
      factor: 0.8,
    });
    expect(scaled.changeManagementCost).toBe(2_000);
    expect(scaled.monthlyCoeCost).toBe(500);
  });

  it('does not change the case it was given', () => {
    withDriverScaled({ model: tiny, driver: 'VOLUME', factor: 1.2 });
    expect(tiny.departments[0].monthlyVolume).toBe(1_000);
  });
});
