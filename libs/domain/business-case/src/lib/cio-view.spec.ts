import {
  FIVE_DEPARTMENT_CASE,
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

describe('cioView from one model run', () => {
  // Recorded from the implementation that ran the whole case once without
  // each department (label, marginal benefit, marginal NPV, payback
  // without). One run gives the same figures up to floating-point rounding
  // (a difference of two sums against the sum of one department's terms):
  // relative 1e-12 here.
  const closeTo = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(expected)),
    );

  it.each([
    [
      'the two-week audit case',
      TWO_WEEK_AUDIT_CASE,
      [
        ['IT', 1088999.9999999995, 959759.3253288144, 11.619426634239812],
        ['People', 1420451.9999999986, 1239496.427464769, 11.08695652173913],
        ['Finance', 445500, 384914.8610646867, 7.928126778926492],
      ],
    ],
    [
      'five departments over 60 months, with growth and a residual cost',
      FIVE_DEPARTMENT_CASE,
      [
        ['IT', 2460274.741095155, 1953912.4067643015, 24.205921688602086],
        ['HR', 2170203.942793687, 1708448.2857209216, 19.823908261218122],
        ['Finance', 736325.6476504719, 568658.8799345465, 12.614257303624637],
        ['Legal', 219163.11139599048, 167161.3951913328, 12.152350149194346],
        [
          'Facilities',
          149387.47071379144,
          106726.48534535337,
          12.152350149194346,
        ],
      ],
    ],
  ] as const)(
    'gives the margins the per-department runs gave: %s',
    (_name, input, expected) => {
      const view = cioView({ input });
      expect(view.departments).toHaveLength(expected.length);
      view.departments.forEach((margin, i) => {
        const [label, benefit, npv, paybackWithout] = expected[i];
        expect(margin.label).toBe(label);
        closeTo(margin.marginalBenefit, benefit);
        closeTo(margin.marginalNpv, npv);
        closeTo(margin.paybackWithout!, paybackWithout);
      });
    },
  );
});
