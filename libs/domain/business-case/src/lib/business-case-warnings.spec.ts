import {
  buildCaseInput,
  buildDepartment,
} from '../testing/business-case.fixtures';
import { BusinessCaseInput, resolveBusinessCase } from './business-case-input';
import { businessCaseWarnings } from './business-case-warnings';
import { changeManagementShare } from './change-management-share';

function warningsOf(input: BusinessCaseInput, net: number[] = [-1, 1]) {
  const model = resolveBusinessCase({ input });
  return businessCaseWarnings({
    model,
    changeManagementShare: changeManagementShare(model),
    net,
  });
}

// 20 % change management keeps the share warning out of the other tests.
const healthy = { oneTimeCosts: 80_000, changeManagementCost: 20_000 };

describe(businessCaseWarnings.name, () => {
  it('warns nothing for a sound case', () => {
    expect(warningsOf(buildCaseInput(healthy))).toEqual([]);
  });

  it.each(['LEGAL', 'FACILITIES', 'OTHER'] as const)(
    'flags the assumed 0.30 for %s, naming the department',
    (kind) => {
      const input = buildCaseInput({
        ...healthy,
        departments: [
          buildDepartment(),
          buildDepartment({ kind, name: `Our ${kind}` }),
        ],
      });
      expect(warningsOf(input)).toEqual([
        {
          code: 'ASSUMED_DEFLECTION',
          field: 'departments[1].targetDeflection',
          message: expect.stringContaining(`Our ${kind}`),
        },
      ]);
      // The kind and the rate in the product's words: "Legal", "30.0%" (not LEGAL, 0.3).
      expect(warningsOf(input)[0].message).toContain(
        `benchmark for ${kind.charAt(0)}${kind.slice(1).toLowerCase()};`,
      );
      expect(warningsOf(input)[0].message).toContain('assumes 30.0% until');
    },
  );

  it('does not flag a LEGAL target the organisation set', () => {
    const input = buildCaseInput({
      ...healthy,
      departments: [buildDepartment({ kind: 'LEGAL', targetDeflection: 0.25 })],
    });
    expect(warningsOf(input)).toEqual([]);
  });

  it('does not flag a LEGAL department whose benchmark the organisation set, and models that figure', () => {
    const input = buildCaseInput({
      ...healthy,
      departments: [
        buildDepartment({
          kind: 'LEGAL',
          benchmark: { target: 0.4, source: 'ORGANIZATION' },
        }),
      ],
    });
    expect(warningsOf(input)).toEqual([]);
    expect(resolveBusinessCase({ input }).departments[0]).toMatchObject({
      targetDeflection: 0.4,
      deflectionOrigin: 'BENCHMARK',
    });
  });

  it.each([
    // 10,000 / 100,000 = 0.10 exactly: "≤ 0.10" warns.
    [90_000, 10_000, true],
    [100_000, 0, true],
    [89_000, 11_000, false],
    [0, 0, false], // null share: nothing to judge
  ])(
    'one-time %d, change %d → low-share warning %p',
    (oneTimeCosts, changeManagementCost, warns) => {
      const codes = warningsOf(
        buildCaseInput({ oneTimeCosts, changeManagementCost }),
      ).map((w) => w.code);
      expect(codes.includes('LOW_CHANGE_MANAGEMENT_SHARE')).toBe(warns);
    },
  );

  it('says the share in percent', () => {
    const [warning] = warningsOf(
      buildCaseInput({ oneTimeCosts: 95_000, changeManagementCost: 5_000 }),
    );
    expect(warning.message).toContain('5 %');
  });

  it('warns about a go-live after the horizon', () => {
    const input = buildCaseInput({
      ...healthy,
      horizonMonths: 12,
      departments: [
        buildDepartment({
          goLiveMonth: 13,
          name: 'Facilities',
          kind: 'FACILITIES',
          targetDeflection: 0.3,
        }),
      ],
    });
    expect(warningsOf(input).map((w) => [w.code, w.field])).toEqual([
      ['GO_LIVE_AFTER_HORIZON', 'departments[0].goLiveMonth'],
    ]);
  });

  it('warns when a deflected request costs more than an agent', () => {
    // 12 min at 50/h = 10 per request; a residual of 11 loses 1 per deflection.
    const input = buildCaseInput({ ...healthy, residualCostPerDeflected: 11 });
    expect(warningsOf(input).map((w) => w.code)).toEqual([
      'RESIDUAL_COST_EXCEEDS_HANDLING_COST',
    ]);
  });

  it('warns when the flows change sign more than once', () => {
    expect(
      warningsOf(buildCaseInput(healthy), [-1, 2, -3]).map((w) => w.code),
    ).toEqual(['MULTIPLE_IRR']);
  });
});
