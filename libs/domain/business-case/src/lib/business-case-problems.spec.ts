import {
  buildCaseInput,
  buildDepartment,
} from '../testing/business-case.fixtures';
import { BusinessCaseInput } from './business-case-input';
import {
  businessCaseProblems,
  MAX_CASE_DEPARTMENTS,
} from './business-case-problems';

function fieldsOf(input: BusinessCaseInput): string[] {
  return businessCaseProblems({ input }).map((problem) => problem.field);
}

describe(businessCaseProblems.name, () => {
  it('accepts a valid case', () => {
    expect(businessCaseProblems({ input: buildCaseInput() })).toEqual([]);
  });

  it.each([
    [{ loadedHourlyCost: -1 }, 'loadedHourlyCost', 'must not be negative'],
    [{ oneTimeCosts: -0.01 }, 'oneTimeCosts', 'must not be negative'],
    [
      { changeManagementCost: -5 },
      'changeManagementCost',
      'must not be negative',
    ],
    [
      { monthlyPlatformCost: -1 },
      'monthlyPlatformCost',
      'must not be negative',
    ],
    [{ monthlyCoeCost: -1 }, 'monthlyCoeCost', 'must not be negative'],
    [
      { residualCostPerDeflected: -1 },
      'residualCostPerDeflected',
      'must not be negative',
    ],
    [{ annualVolumeGrowth: 1.5 }, 'annualVolumeGrowth', 'between 0 and 1'],
    [{ annualVolumeGrowth: -0.1 }, 'annualVolumeGrowth', 'between 0 and 1'],
    [{ annualDiscountRate: 8 }, 'annualDiscountRate', 'between 0 and 1'],
    [{ horizonMonths: 0 }, 'horizonMonths', 'at least 1'],
    [{ horizonMonths: 121 }, 'horizonMonths', 'at most 120'],
    [{ horizonMonths: 12.5 }, 'horizonMonths', 'whole number'],
    [{ monteCarloRuns: 100_001 }, 'monteCarloRuns', 'at most 100000'],
    [{ monteCarloRuns: -1 }, 'monteCarloRuns', 'at least 0'],
    [{ seed: 1.5 }, 'seed', 'whole number'],
    [{ loadedHourlyCost: Number.NaN }, 'loadedHourlyCost', 'finite number'],
    [
      { oneTimeCosts: Number.POSITIVE_INFINITY },
      'oneTimeCosts',
      'finite number',
    ],
  ] as [Partial<BusinessCaseInput>, string, string][])(
    '%j → %s %s',
    (overrides, field, message) => {
      const problems = businessCaseProblems({
        input: buildCaseInput(overrides),
      });
      expect(problems).toEqual([
        { field, message: expect.stringContaining(message) },
      ]);
      expect(problems[0].message).toContain(field);
    },
  );

  it.each([
    [{ monthlyVolume: -1 }, 'departments[1].monthlyVolume'],
    [{ handlingMinutes: -3 }, 'departments[1].handlingMinutes'],
    [{ handlingMinutes: Number.NaN }, 'departments[1].handlingMinutes'],
    [{ targetDeflection: 1.01 }, 'departments[1].targetDeflection'],
    [{ targetDeflection: -0.2 }, 'departments[1].targetDeflection'],
    [{ goLiveMonth: 0 }, 'departments[1].goLiveMonth'],
    [{ rampMonths: 0 }, 'departments[1].rampMonths'],
    [{ rampMonths: 1.5 }, 'departments[1].rampMonths'],
    [{ kind: 'MARKETING' as never }, 'departments[1].kind'],
  ])('department %j → %s', (overrides, field) => {
    const input = buildCaseInput({
      departments: [buildDepartment(), buildDepartment(overrides)],
    });
    expect(fieldsOf(input)).toEqual([field]);
  });

  it('refuses an empty department list', () => {
    expect(fieldsOf(buildCaseInput({ departments: [] }))).toEqual([
      'departments',
    ]);
  });

  it('refuses more departments than a case may have, naming the list', () => {
    const departments = Array.from({ length: MAX_CASE_DEPARTMENTS + 1 }, () =>
      buildDepartment(),
    );
    expect(
      businessCaseProblems({ input: buildCaseInput({ departments }) }),
    ).toEqual([
      {
        field: 'departments',
        message: 'departments lists 31 departments; a case has at most 30',
      },
    ]);
    expect(
      fieldsOf(buildCaseInput({ departments: departments.slice(1) })),
    ).toEqual([]);
  });

  it('admits the largest case the Monte Carlo target is set for: 5 departments, 60 months, 100,000 runs', () => {
    const input = buildCaseInput({
      horizonMonths: 60,
      monteCarloRuns: 100_000,
      departments: Array.from({ length: 5 }, () => buildDepartment()),
    });
    expect(businessCaseProblems({ input })).toEqual([]);
  });

  it('reports a missing required field', () => {
    const input = {
      ...buildCaseInput(),
      loadedHourlyCost: undefined,
    } as unknown as BusinessCaseInput;
    expect(businessCaseProblems({ input })).toEqual([
      { field: 'loadedHourlyCost', message: 'loadedHourlyCost is required' },
    ]);
  });

  it('lists every problem at once, in input order', () => {
    const input = buildCaseInput({
      loadedHourlyCost: -1,
      horizonMonths: 200,
      departments: [buildDepartment({ monthlyVolume: -1, goLiveMonth: 0 })],
    });
    expect(fieldsOf(input)).toEqual([
      'horizonMonths',
      'loadedHourlyCost',
      'departments[0].monthlyVolume',
      'departments[0].goLiveMonth',
    ]);
  });

  it.each([0, 1])('accepts the edge rate %d', (rate) => {
    const input = buildCaseInput({
      annualVolumeGrowth: rate,
      annualDiscountRate: rate,
      departments: [buildDepartment({ targetDeflection: rate })],
    });
    expect(businessCaseProblems({ input })).toEqual([]);
  });
});
