import {
  TINY_CASE,
  TWO_WEEK_AUDIT_CASE,
} from '../testing/business-case.fixtures';
import { cioView } from './cio-view';

describe(cioView.name, () => {
  // Marginal figures from scripts/reference_model.py (the case with all
  // departments minus the case without one):
  //   IT      marginal NPV 959759.3253288144,  benefit 1,089,000, payback without 11.619426634239812
  //   HR      marginal NPV 1239496.427464769,  benefit 1,420,452, payback without 11.08695652173913
  //   Finance marginal NPV 384914.8610646867,  benefit   445,500, payback without 7.928126778926492
  const view = cioView({ input: TWO_WEEK_AUDIT_CASE });

  it('shows the programme costs', () => {
    expect(view).toMatchObject({
      monthlyPlatformCost: 9_000,
      monthlyCoeCost: 6_000,
      monthlyRunningCost: 15_000,
      oneTimeCosts: 120_000,
      changeManagementCost: 15_000,
    });
    expect(view.npv).toBeCloseTo(1968520.6430275002, 5);
  });

  it.each([
    [0, 'IT', 959759.3253288144, 1_089_000, 11.619426634239812],
    [1, 'People', 1239496.427464769, 1_420_452, 11.08695652173913],
    // Finance goes live in month 9, after the case has paid back (7.93):
    // without it the payback is the same, the NPV is not.
    [2, 'Finance', 384914.8610646867, 445_500, 7.928126778926492],
  ])(
    'department %d (%s) adds NPV %d and benefit %d',
    (index, label, npv, benefit, paybackWithout) => {
      const margin = view.departments[index];
      expect(margin.label).toBe(label);
      expect(margin.marginalNpv).toBeCloseTo(npv, 5);
      expect(margin.marginalBenefit).toBeCloseTo(benefit, 5);
      expect(margin.paybackWithout).toBeCloseTo(paybackWithout, 10);
    },
  );

  it('gives a lone department the whole benefit', () => {
    // Tiny case: without its one department only costs remain, so the
    // margin is the present value of 0, 0, 1,800, 3,600, 5,400 × 3 at 8 %
    // = 20997.425254618378 (python3, Σ b_m / 1.08^(m/12)).
    const [margin] = cioView({ input: TINY_CASE }).departments;
    expect(margin.marginalNpv).toBeCloseTo(20997.425254618378, 8);
    expect(margin.marginalBenefit).toBeCloseTo(21_600, 9);
    expect(margin.paybackWithout).toBeNull();
  });
});
