import {
  buildCaseInput,
  buildDepartment,
} from '../testing/business-case.fixtures';
import { resolveBusinessCase } from './business-case-input';

describe(resolveBusinessCase.name, () => {
  it('applies the defaults of domain §8', () => {
    const model = resolveBusinessCase({ input: buildCaseInput() });
    expect(model).toMatchObject({
      horizonMonths: 36,
      annualVolumeGrowth: 0,
      residualCostPerDeflected: 0,
      changeManagementCost: 0,
      monthlyCoeCost: 0,
      annualDiscountRate: 0.08,
      monteCarloRuns: 0,
      seed: 1,
    });
    expect(model.departments[0]).toMatchObject({
      rampMonths: 3,
      targetDeflection: 0.75,
      deflectionOrigin: 'BENCHMARK',
    });
  });

  it('treats null as "use the default", as GraphQL sends it', () => {
    const model = resolveBusinessCase({
      input: buildCaseInput({
        horizonMonths: null,
        annualDiscountRate: null,
        departments: [
          buildDepartment({ targetDeflection: null, rampMonths: null }),
        ],
      }),
    });
    expect(model.horizonMonths).toBe(36);
    expect(model.annualDiscountRate).toBe(0.08);
    expect(model.departments[0]).toMatchObject({
      rampMonths: 3,
      targetDeflection: 0.75,
    });
  });

  it('keeps an entered deflection, even 0', () => {
    const model = resolveBusinessCase({
      input: buildCaseInput({
        departments: [buildDepartment({ targetDeflection: 0 })],
      }),
    });
    expect(model.departments[0]).toMatchObject({
      targetDeflection: 0,
      deflectionOrigin: 'ENTERED',
    });
  });

  it.each([
    [{ name: ' Legal ', departmentId: 'd-1' }, 'Legal'],
    [{ name: null, departmentId: 'd-1' }, 'd-1'],
    [{ name: '  ', departmentId: null }, 'LEGAL'],
  ])('labels %j as "%s"', (names, label) => {
    const model = resolveBusinessCase({
      input: buildCaseInput({
        departments: [buildDepartment({ kind: 'LEGAL', ...names })],
      }),
    });
    expect(model.departments[0].label).toBe(label);
  });
});
