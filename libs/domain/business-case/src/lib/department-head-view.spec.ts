import {
  buildCaseInput,
  buildDepartment,
  TWO_WEEK_AUDIT_CASE,
} from '../testing/business-case.fixtures';
import { departmentHeadViews } from './department-head-view';

describe(departmentHeadViews.name, () => {
  const [itView, hr, finance] = departmentHeadViews({
    input: TWO_WEEK_AUDIT_CASE,
  });

  it.each([
    // IT: 4,000 × (0.25 + 0.50 + 0.75 × 32 months) = 4,000 × 24.75 = 99,000
    //     tickets; × 12 min / 60 = 19,800 hours.
    ['IT', () => itView, 'ticket', 'tickets', 99_000, 19_800, 5],
    // HR: 4,220 × 0.68 × (⅓ + ⅔ + 29 months) = 86,088 requests; × 18 / 60 = 25,826.4 h.
    ['HR', () => hr, 'request', 'requests', 86_088, 25_826.4, 8],
    // Finance: 2,000 × (0.12 + 0.24 + 0.36 × 26) = 19,440 approvals; × 25 / 60 = 8,100 h.
    ['Finance', () => finance, 'approval', 'approvals', 19_440, 8_100, 11],
  ] as const)(
    '%s, in its own words',
    (_, view, unit, unitPlural, deflected, hours, fullMonth) => {
      expect(view()).toMatchObject({
        unit,
        unitPlural,
        fullDeflectionMonth: fullMonth,
      });
      expect(view().requestsDeflected).toBeCloseTo(deflected, 6);
      expect(view().hoursReturned).toBeCloseTo(hours, 6);
    },
  );

  it('adds up to the case benefit', () => {
    // 99,000 × 11 + 86,088 × 16.5 + 19,440 × 22.916… = 2,954,952.
    expect(itView.benefit + hr.benefit + finance.benefit).toBeCloseTo(
      2_954_952,
      5,
    );
  });

  it('uses the department’s own word when it has one', () => {
    const input = buildCaseInput({
      departments: [buildDepartment({ kind: 'LEGAL', vocabulary: 'contract' })],
    });
    const [legal] = departmentHeadViews({ input });
    expect([legal.unit, legal.unitPlural]).toEqual(['contract', 'contracts']);
    expect(legal.deflectionOrigin).toBe('ASSUMPTION');
  });
});
