import {
  buildCaseInput,
  buildDepartment,
  TWO_WEEK_AUDIT_CASE,
} from '../testing/business-case.fixtures';
import { financeView } from './finance-view';

describe(financeView.name, () => {
  const view = financeView({
    input: TWO_WEEK_AUDIT_CASE,
    sources: {
      'departments[0].monthlyVolume': 'AUDIT',
      'departments[0].handlingMinutes': 'AUDIT',
      'departments[0].goLiveMonth': 'ROADMAP',
    },
  });

  it('carries the figures Finance checks (reference_model.py)', () => {
    expect(view.paybackMonths).toBeCloseTo(7.928126778926492, 10);
    expect(view.npv).toBeCloseTo(1968520.6430275002, 5);
    expect(view.irr).toBeCloseTo(6.86891484482559, 8);
    expect(view.roi).toBeCloseTo(3.3777066666666644, 12);
    expect(view.annualDiscountRate).toBe(0.08);
    expect(view.monthlyDiscountRate).toBeCloseTo(0.00643403011000343, 15);
  });

  it('discounts the cash flow month by month, ending at the NPV', () => {
    expect(view.monthly).toHaveLength(37);
    expect(view.monthly[0].discountedNet).toBe(-135_000);
    // Month 12 is discounted by exactly one year: net / 1.08.
    expect(view.monthly[12].discountedNet).toBeCloseTo(
      view.monthly[12].net / 1.08,
      8,
    );
    expect(view.monthly[36].cumulativeDiscounted).toBeCloseTo(view.npv, 6);
  });

  it('lists every assumption with its source', () => {
    const source = (field: string) =>
      view.assumptions.find((a) => a.field === field)?.source;
    expect(view.assumptions).toHaveLength(9 + 3 * 5);
    expect(source('departments[0].monthlyVolume')).toBe('AUDIT');
    expect(source('departments[0].goLiveMonth')).toBe('ROADMAP');
    expect(source('departments[1].monthlyVolume')).toBe('ENTERED');
    expect(source('departments[1].targetDeflection')).toBe('BENCHMARK');
    expect(source('departments[2].rampMonths')).toBe('DEFAULT');
    expect(source('horizonMonths')).toBe('DEFAULT');
    expect(source('annualDiscountRate')).toBe('DEFAULT');
    expect(source('loadedHourlyCost')).toBe('ENTERED');
    expect(
      view.assumptions.find(
        (a) => a.field === 'departments[1].targetDeflection',
      ),
    ).toEqual({
      field: 'departments[1].targetDeflection',
      value: 0.68,
      unit: 'fraction of requests',
      source: 'BENCHMARK',
    });
  });

  it('marks the 0.30 assumption as a DEFAULT with a note', () => {
    const input = buildCaseInput({
      departments: [buildDepartment({ kind: 'FACILITIES' })],
    });
    const [assumption] = financeView({ input }).assumptions.filter((a) =>
      a.field.endsWith('targetDeflection'),
    );
    expect(assumption).toMatchObject({
      value: 0.3,
      source: 'DEFAULT',
      note: expect.stringContaining('no published benchmark for Facilities'),
    });
  });

  it('lets the caller name the source of a defaulted figure', () => {
    const view = financeView({
      input: buildCaseInput(),
      sources: { annualDiscountRate: 'ENTERED' },
    });
    expect(
      view.assumptions.find((a) => a.field === 'annualDiscountRate')?.source,
    ).toBe('ENTERED');
  });
});
