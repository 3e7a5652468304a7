import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const EVALUATE = `query($input: BusinessCaseInput!) { evaluateBusinessCase(input: $input) {
  paybackMonths roi npv irr costOfInaction extraFtes changeManagementShare
  warnings { code field message } benchmarkPayback { low high position }
  monthly { month benefit cost net cumulative }
  sensitivity { driver low { paybackMonths npv } high { paybackMonths npv } npvSwing }
  scenarios { name paybackMonths npv roi }
  monteCarlo { runs p10Payback p50Payback p90Payback p10Npv p50Npv p90Npv probabilityOfPayback } } }`;

// The golden case of libs/domain/business-case (business-case.two-week-audit.spec.ts),
// whose figures were computed independently (scripts/reference_model.py):
// payback 7.928126778926492, NPV 1968520.6430275002, IRR 6.86891484482559.
const GOLDEN = {
  loadedHourlyCost: 55,
  oneTimeCosts: 120_000,
  changeManagementCost: 15_000,
  monthlyPlatformCost: 9_000,
  monthlyCoeCost: 6_000,
  departments: [
    {
      kind: 'IT',
      name: 'IT',
      monthlyVolume: 4_000,
      handlingMinutes: 12,
      goLiveMonth: 3,
    },
    {
      kind: 'HR',
      name: 'HR',
      monthlyVolume: 4_220,
      handlingMinutes: 18,
      goLiveMonth: 6,
    },
    {
      kind: 'FINANCE',
      name: 'Finance',
      monthlyVolume: 2_000,
      handlingMinutes: 25,
      goLiveMonth: 9,
    },
  ],
};

describe('evaluateBusinessCase', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('answers the golden case with the reference figures, defaults applied', async () => {
    const { evaluateBusinessCase: result } = await api.ok(EVALUATE, {
      input: GOLDEN,
    });
    expect(result.paybackMonths).toBeCloseTo(7.928126778926492, 10);
    expect(result.npv).toBeCloseTo(1968520.6430275002, 5);
    expect(result.irr).toBeCloseTo(6.86891484482559, 8);
    expect(result.benchmarkPayback).toEqual({
      low: 14,
      high: 22,
      position: 'FASTER',
    });
    expect(result.monthly).toHaveLength(37);
    expect(result.monthly[8].cumulative).toBeCloseTo(4_696.8, 6);
    expect(result.scenarios.map((s: { name: string }) => s.name)).toEqual([
      'CONSERVATIVE',
      'EXPECTED',
      'OPTIMISTIC',
    ]);
    expect(result.sensitivity).toHaveLength(6);
    expect(result.monteCarlo).toBeNull();
  });

  it('runs a seeded Monte Carlo, the same for the same seed', async () => {
    const input = { ...GOLDEN, monteCarloRuns: 500, seed: 7 };
    const first = (await api.ok(EVALUATE, { input })).evaluateBusinessCase
      .monteCarlo;
    const second = (await api.ok(EVALUATE, { input })).evaluateBusinessCase
      .monteCarlo;
    expect(first).toEqual(second);
    expect(first.runs).toBe(500);
    expect(first.probabilityOfPayback).toBeGreaterThan(0.9);
  });

  it('labels assumed deflection and a thin change-management budget', async () => {
    const input = {
      ...GOLDEN,
      changeManagementCost: 5_000,
      departments: [
        ...GOLDEN.departments,
        {
          kind: 'LEGAL',
          name: 'Legal',
          monthlyVolume: 300,
          handlingMinutes: 40,
          goLiveMonth: 12,
        },
      ],
    };
    const { evaluateBusinessCase: result } = await api.ok(EVALUATE, { input });
    expect(result.warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining([
        'ASSUMED_DEFLECTION',
        'LOW_CHANGE_MANAGEMENT_SHARE',
      ]),
    );
  });

  it('answers bad input with BAD_USER_INPUT naming each field', async () => {
    const bad = {
      ...GOLDEN,
      oneTimeCosts: -1,
      departments: [
        { ...GOLDEN.departments[0], targetDeflection: 1.5 },
        { ...GOLDEN.departments[1], monthlyVolume: -10 },
      ],
    };
    const result = await api.gql(EVALUATE, { input: bad });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0].extensions?.fields.map(
      (f: { field: string }) => f.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'oneTimeCosts',
        'departments[0].targetDeflection',
        'departments[1].monthlyVolume',
      ]),
    );
    const empty = await api.gql(EVALUATE, {
      input: { ...GOLDEN, departments: [] },
    });
    expect(empty.errors?.[0].extensions?.fields[0].field).toBe('departments');
  });

  it.each([
    [
      'departments',
      { departments: Array.from({ length: 31 }, () => GOLDEN.departments[0]) },
      'departments lists 31 departments; a case has at most 30',
    ],
    [
      'horizonMonths',
      { horizonMonths: 121 },
      'horizonMonths must be at most 120',
    ],
    [
      'monteCarloRuns',
      { monteCarloRuns: 100_001 },
      'monteCarloRuns must be at most 100000',
    ],
  ])(
    'refuses a case over the %s cap with BAD_USER_INPUT naming the field',
    async (field, overrides, message) => {
      const result = await api.gql(EVALUATE, {
        input: { ...GOLDEN, ...overrides },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([
        { field, message },
      ]);
    },
  );

  it('needs a signed-in caller', async () => {
    expect(errorCode(await api.gql(EVALUATE, { input: GOLDEN }, null))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
