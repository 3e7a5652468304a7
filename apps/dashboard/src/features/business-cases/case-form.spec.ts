import type { BusinessCaseFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import {
  currentValue,
  evaluateRequest,
  formFromCase,
  fromText,
  placeholderText,
  saveRequest,
  toText,
} from './case-form';

const sourced = (
  value: number,
  source: string,
  defaultValue = value,
  defaultSource = source,
) => ({ value, source, defaultValue, defaultSource, note: null });

const SAVED = {
  id: 'case-1',
  name: 'Northwind',
  globals: {
    horizonMonths: null,
    loadedHourlyCost: 48,
    annualVolumeGrowth: 0.04,
    residualCostPerDeflected: null,
    oneTimeCosts: 180_000,
    changeManagementCost: 30_000,
    monthlyPlatformCost: 11_000,
    monthlyCoeCost: null,
    annualDiscountRate: null,
    monteCarloRuns: 2_000,
    seed: 7,
    programmeStart: null,
  },
  departments: [
    {
      departmentId: 'hr',
      name: 'HR',
      kind: 'HR',
      vocabulary: null,
      monthlyVolume: sourced(5_000, 'ENTERED', 4_220, 'AUDIT'),
      handlingMinutes: sourced(18, 'AUDIT'),
      targetDeflection: sourced(0.68, 'BENCHMARK'),
      goLiveMonth: sourced(5, 'ROADMAP'),
      rampMonths: sourced(3, 'ASSUMPTION'),
    },
  ],
} as unknown as BusinessCaseFieldsFragment;

describe('case form', () => {
  it('reads percentages as percent text and back', () => {
    expect(toText(0.07, 'percent')).toBe('7');
    expect(fromText('7', 'percent')).toBe(0.07);
    expect(fromText('1,250', 'money')).toBe(1_250);
    expect(fromText('', 'money')).toBeNull();
    expect(fromText('abc', 'money')).toBeNaN();
    expect(placeholderText(4000.357142857, 'number')).toBe('4000.36');
    expect(placeholderText(0.68, 'percent')).toBe('68');
  });

  it('keeps overrides as text and defaults with their source', () => {
    const form = formFromCase(SAVED);
    expect(form.globals.annualVolumeGrowth).toBe('4');
    expect(form.globals.annualDiscountRate).toBe('');
    const [hr] = form.departments;
    expect(hr.text.monthlyVolume).toBe('5000');
    expect(currentValue(hr, 'monthlyVolume')).toEqual({
      value: 5_000,
      source: 'ENTERED',
    });
    expect(currentValue(hr, 'handlingMinutes')).toEqual({
      value: 18,
      source: 'AUDIT',
    });
    // Reset = clear the override: back to the audit's figure.
    const reset = { ...hr, text: { ...hr.text, monthlyVolume: '' } };
    expect(currentValue(reset, 'monthlyVolume')).toEqual({
      value: 4_220,
      source: 'AUDIT',
    });
  });

  it('builds the evaluate request with sources, leaving deflection and ramp to the model', () => {
    const { input, sources, problems } = evaluateRequest(formFromCase(SAVED));
    expect(problems).toEqual([]);
    expect(input.annualVolumeGrowth).toBe(0.04);
    expect(input).not.toHaveProperty('annualDiscountRate');
    expect(input.departments[0]).toEqual({
      departmentId: 'hr',
      kind: 'HR',
      name: 'HR',
      monthlyVolume: 5_000,
      handlingMinutes: 18,
      goLiveMonth: 5,
    });
    expect(sources).toEqual(
      expect.arrayContaining([
        { field: 'departments[0].monthlyVolume', source: 'ENTERED' },
        { field: 'departments[0].goLiveMonth', source: 'ROADMAP' },
        { field: 'annualDiscountRate', source: 'ASSUMPTION' },
      ]),
    );
  });

  it('sends a measured deflection as the figure it is, with its source', () => {
    const measured = {
      ...SAVED,
      departments: [
        {
          ...SAVED.departments[0],
          targetDeflection: sourced(0.54, 'MEASURED'),
        },
      ],
    } as unknown as BusinessCaseFieldsFragment;
    const form = formFromCase(measured);
    expect(form.departments[0].text.targetDeflection).toBe('');
    const { input, sources } = evaluateRequest(form);
    expect(input.departments[0].targetDeflection).toBe(0.54);
    expect(sources).toContainEqual({
      field: 'departments[0].targetDeflection',
      source: 'MEASURED',
    });
    // Saving keeps entered figures only: the measurement stays with the case on the server.
    expect(
      saveRequest(form, 'org-1', 'case-1').inputs.departments[0]
        .targetDeflection ?? null,
    ).toBeNull();
  });

  it('reports text that is not a number and missing required figures, by field', () => {
    const form = formFromCase(SAVED);
    form.globals.loadedHourlyCost = '';
    form.departments[0].text.goLiveMonth = 'soon';
    expect(evaluateRequest(form).problems.map((p) => p.field)).toEqual([
      'loadedHourlyCost',
      'departments[0].goLiveMonth',
    ]);
  });

  it('saves entered figures only, so defaults keep following the audit and roadmap', () => {
    const request = saveRequest(formFromCase(SAVED), 'org-1', 'case-1');
    expect(request.inputs.departments[0]).toEqual({
      departmentId: 'hr',
      monthlyVolume: 5_000,
      handlingMinutes: null,
      targetDeflection: null,
      goLiveMonth: null,
      rampMonths: null,
    });
    expect(request.inputs.annualDiscountRate).toBeNull();
    expect(request).toMatchObject({
      id: 'case-1',
      organizationId: 'org-1',
      name: 'Northwind',
    });
  });
});
