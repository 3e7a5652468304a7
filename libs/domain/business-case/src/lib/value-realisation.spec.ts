import { BusinessCaseInput } from './business-case-input';
import { MonthlyActual, valueRealisation } from './value-realisation';

// A case worked by hand (every figure exact in binary where a threshold is
// tested): six months from 2026-01-01, £40 an agent hour, residual £2.
//   IT   1,000 requests a month, 30 min → £20 a request, saves 18; target 0.5,
//        live month 2, 2-month ramp: deflects 250 in month 2 (0.25), then 500.
//        Planned benefit: 0, 4,500, 9,000, 9,000, 9,000, 9,000.
//   HR   400 a month, 15 min → £10, saves 8; target 0.5, live month 3, ramp 1:
//        200 a month from month 3, benefit 1,600.
//   Fin  200 a month, 60 min → £40, saves 38; target 0.25, live month 5: 50 a
//        month, benefit 1,900 in months 5 and 6.
//   Costs: month 0 8,000 + 2,000 = 10,000; then 1,500 + 500 = 2,000 a month.
// Months from 1 January: 1 = 1–31 Jan, 2 = 1 Feb–2 Mar, 3 = 3 Mar–2 Apr,
// 4 = 3 Apr–2 May (case-months.spec.ts).
const CASE: BusinessCaseInput = {
  horizonMonths: 6,
  loadedHourlyCost: 40,
  residualCostPerDeflected: 2,
  oneTimeCosts: 8_000,
  changeManagementCost: 2_000,
  monthlyPlatformCost: 1_500,
  monthlyCoeCost: 500,
  departments: [
    {
      departmentId: 'it',
      name: 'IT',
      kind: 'IT',
      monthlyVolume: 1_000,
      handlingMinutes: 30,
      targetDeflection: 0.5,
      goLiveMonth: 2,
      rampMonths: 2,
    },
    {
      departmentId: 'hr',
      name: 'HR',
      kind: 'HR',
      monthlyVolume: 400,
      handlingMinutes: 15,
      targetDeflection: 0.5,
      goLiveMonth: 3,
      rampMonths: 1,
    },
    {
      departmentId: 'fin',
      name: 'Finance',
      kind: 'FINANCE',
      monthlyVolume: 200,
      handlingMinutes: 60,
      targetDeflection: 0.25,
      goLiveMonth: 5,
      rampMonths: 1,
    },
  ],
};

const ACTUALS: MonthlyActual[] = [
  // IT before go-live: 20 deflected (realised 360) — counted to date, not in the ratio.
  { departmentId: 'it', month: 1, total: 1_000, deflected: 20 },
  // 225 × 18 = 4,050 against 4,500; 450 × 18 = 8,100 against 9,000.
  { departmentId: 'it', month: 2, total: 1_000, deflected: 225 },
  { departmentId: 'it', month: 3, total: 1_000, deflected: 450 },
  // Month 4 is not complete on 3 April: ignored.
  { departmentId: 'it', month: 4, total: 999, deflected: 999 },
  // HR's first live month: 220 × 8 = 1,760 against 1,600.
  { departmentId: 'hr', month: 3, total: 400, deflected: 220 },
  // Finance handles requests but is not live yet.
  { departmentId: 'fin', month: 3, total: 180, deflected: 0 },
];

describe(valueRealisation.name, () => {
  const result = valueRealisation({
    input: CASE,
    programmeStart: '2026-01-01',
    asOf: '2026-04-03',
    actuals: ACTUALS,
  });
  const [itDept, hr, fin] = result.departments;

  it('counts the months whose last day is before asOf', () => {
    // Month 3 ends 2 April: complete on 3 April; month 4 is running.
    expect(result.completeMonths).toBe(3);
    expect(
      valueRealisation({
        input: CASE,
        programmeStart: '2026-01-01',
        asOf: '2026-04-02',
        actuals: ACTUALS,
      }).completeMonths,
    ).toBe(2);
  });

  it('gives each department its planned and realised months, null where a month is not complete', () => {
    expect(itDept.months.slice(0, 4)).toEqual([
      {
        month: 1,
        plannedDeflected: 0,
        actualTotal: 1_000,
        actualDeflected: 20,
        plannedBenefit: 0,
        realisedBenefit: 360,
      },
      {
        month: 2,
        plannedDeflected: 250,
        actualTotal: 1_000,
        actualDeflected: 225,
        plannedBenefit: 4_500,
        realisedBenefit: 4_050,
      },
      {
        month: 3,
        plannedDeflected: 500,
        actualTotal: 1_000,
        actualDeflected: 450,
        plannedBenefit: 9_000,
        realisedBenefit: 8_100,
      },
      {
        month: 4,
        plannedDeflected: 500,
        actualTotal: null,
        actualDeflected: null,
        plannedBenefit: 9_000,
        realisedBenefit: null,
      },
    ]);
    expect(itDept.months).toHaveLength(6);
    // A complete month without a row had no requests: 0, not null.
    expect(hr.months[0]).toEqual({
      month: 1,
      plannedDeflected: 0,
      actualTotal: 0,
      actualDeflected: 0,
      plannedBenefit: 0,
      realisedBenefit: 0,
    });
  });

  it('puts the ratios exactly at the thresholds: IT 0.90 on track, HR 1.10 ahead, Finance not live', () => {
    // IT: (4,050 + 8,100) / (4,500 + 9,000) = 12,150 / 13,500 = 0.9 (month 1 planned nothing).
    expect(itDept).toMatchObject({
      status: 'ON_TRACK',
      realisationRatio: 0.9,
      plannedToDate: 13_500,
      realisedToDate: 12_510,
      deflectionNeeded: null,
    });
    // HR: 1,760 / 1,600 = 1.1.
    expect(hr).toMatchObject({
      status: 'AHEAD',
      realisationRatio: 1.1,
      plannedToDate: 1_600,
      realisedToDate: 1_760,
    });
    // Finance: no complete month with planned benefit.
    expect(fin).toMatchObject({
      status: 'NOT_LIVE',
      realisationRatio: null,
      plannedToDate: 0,
      realisedToDate: 0,
      deflectionNeeded: null,
    });
    expect(fin.months[2]).toMatchObject({
      actualTotal: 180,
      actualDeflected: 0,
    });
  });

  it('sums the programme to date', () => {
    // Planned 13,500 + 1,600 + 0; realised 12,510 + 1,760 + 0.
    expect(result).toMatchObject({
      plannedToDate: 15_100,
      realisedToDate: 14_270,
      varianceToDate: -830,
    });
  });

  it('re-forecasts the cash flow: actuals for complete months, the plan × ratio after', () => {
    // Benefit: m1 360; m2 4,050; m3 8,100 + 1,760 = 9,860 (realised);
    // m4 IT 9,000 × 0.9 + HR 1,600 × 1.1 = 9,860; m5, m6 add Finance's
    // 1,900 × 1 (not live: ratio taken as 1) = 11,760. Net = benefit − 2,000.
    const net = [-10_000, -1_640, 2_050, 7_860, 7_860, 9_760, 9_760];
    const cumulative = [
      -10_000, -11_640, -9_590, -1_730, 6_130, 15_890, 25_650,
    ];
    result.months.forEach((month, m) => {
      expect(month.forecastNet).toBeCloseTo(net[m], 9);
      expect(month.forecastCumulative).toBeCloseTo(cumulative[m], 9);
    });
    // Month 4 crosses: 3 + 1,730 / 7,860.
    expect(result.forecastPaybackMonths).toBeCloseTo(3 + 1_730 / 7_860, 12);
    // Σ benefit 47,650 ÷ Σ cost 22,000 − 1.
    expect(result.forecastRoi).toBeCloseTo(47_650 / 22_000 - 1, 12);
    // Σ net(m) / 1.08^(m/12) (scripts/reference_model.py: 24609.05519810802).
    expect(result.forecastNpv).toBeCloseTo(24_609.05519810802, 6);
  });

  it('keeps the case’s own payback beside the forecast', () => {
    // Planned net −10,000, −2,000, 2,500, 8,600, 8,600, 10,500, 10,500:
    // cumulative −900 after month 3 → 3 + 900 / 8,600.
    expect(result.plannedPaybackMonths).toBeCloseTo(3 + 900 / 8_600, 12);
  });

  it('lists month 0 (the programme start) and then months 1..horizon with their days', () => {
    expect(
      result.months.map((m) => [m.month, m.startDate, m.endDate, m.complete]),
    ).toEqual([
      [0, '2026-01-01', '2026-01-01', true],
      [1, '2026-01-01', '2026-01-31', true],
      [2, '2026-02-01', '2026-03-02', true],
      [3, '2026-03-03', '2026-04-02', true],
      [4, '2026-04-03', '2026-05-02', false],
      [5, '2026-05-03', '2026-06-02', false],
      [6, '2026-06-03', '2026-07-02', false],
    ]);
    expect(result.months[0]).toMatchObject({
      plannedBenefit: 0,
      realisedBenefit: 0,
      cost: 10_000,
    });
    expect(result.months[3]).toMatchObject({
      plannedBenefit: 10_600,
      realisedBenefit: 9_860,
      cost: 2_000,
    });
    expect(result.months[4]).toMatchObject({
      plannedBenefit: 10_600,
      realisedBenefit: null,
    });
  });

  it('says how much deflection a BEHIND department needs from now on', () => {
    // HR realises 100 × 8 = 800 of 1,600: ratio 0.5, BEHIND. Its plan is
    // 4 × 1,600 = 6,400 over the horizon; months 4–6 remain, 3 × 400 = 1,200
    // requests at 8 each: (6,400 − 800) / 9,600 = 0.58333….
    const behind = valueRealisation({
      input: CASE,
      programmeStart: '2026-01-01',
      asOf: '2026-04-03',
      actuals: ACTUALS.map((row) =>
        row.departmentId === 'hr' ? { ...row, deflected: 100 } : row,
      ),
    });
    expect(behind.departments[1]).toMatchObject({
      status: 'BEHIND',
      realisationRatio: 0.5,
    });
    expect(behind.departments[1].deflectionNeeded).toBeCloseTo(
      5_600 / 9_600,
      15,
    );
  });

  it('shows a department not yet live, and the whole programme, before anything is complete', () => {
    const early = valueRealisation({
      input: CASE,
      programmeStart: '2026-01-01',
      asOf: '2026-01-20',
      actuals: [],
    });
    expect(early.completeMonths).toBe(0);
    expect(early.departments.map((d) => d.status)).toEqual([
      'NOT_LIVE',
      'NOT_LIVE',
      'NOT_LIVE',
    ]);
    expect(early).toMatchObject({
      plannedToDate: 0,
      realisedToDate: 0,
      varianceToDate: 0,
    });
    // Nothing measured yet: the forecast is the plan.
    expect(early.forecastPaybackMonths).toBeCloseTo(
      early.plannedPaybackMonths!,
      12,
    );
    // Before the programme starts, even month 0 is not over.
    const before = valueRealisation({
      input: CASE,
      programmeStart: '2026-01-01',
      asOf: '2025-12-01',
      actuals: [],
    });
    expect(before.months[0]).toMatchObject({
      complete: false,
      realisedBenefit: null,
      forecastNet: -10_000,
    });
  });

  it('treats a department with zero planned benefit as not live, and still counts what it realised', () => {
    // Finance at target 0: nothing planned ever. Its 30 deflected in month 3
    // realise 30 × 38 = 1,140, which counts to date and in the forecast.
    const zero: BusinessCaseInput = {
      ...CASE,
      departments: CASE.departments.map((d) =>
        d.departmentId === 'fin' ? { ...d, targetDeflection: 0 } : d,
      ),
    };
    const result0 = valueRealisation({
      input: zero,
      programmeStart: '2026-01-01',
      asOf: '2026-04-03',
      actuals: ACTUALS.map((row) =>
        row.departmentId === 'fin' ? { ...row, deflected: 30 } : row,
      ),
    });
    expect(result0.departments[2]).toMatchObject({
      status: 'NOT_LIVE',
      realisationRatio: null,
      plannedToDate: 0,
      realisedToDate: 1_140,
    });
    // Month 3 realised: 8,100 + 1,760 + 1,140 = 11,000; net 9,000.
    expect(result0.months[3].forecastNet).toBeCloseTo(9_000, 9);
    expect(result0.months[6].plannedBenefit).toBeCloseTo(10_600, 9);
  });

  it('measures the same actuals against the version of the case it is given', () => {
    // Version 2 raised IT's target to 0.6 with the same ramp: planned month 2
    // = 1,000 × 0.3 × 18 = 5,400, month 3 = 10,800: 12,150 / 16,200 = 0.75, BEHIND.
    const version2: BusinessCaseInput = {
      ...CASE,
      departments: CASE.departments.map((d) =>
        d.departmentId === 'it' ? { ...d, targetDeflection: 0.6 } : d,
      ),
    };
    const measured = valueRealisation({
      input: version2,
      programmeStart: '2026-01-01',
      asOf: '2026-04-03',
      actuals: ACTUALS,
    });
    expect(measured.departments[0].status).toBe('BEHIND');
    expect(measured.departments[0].realisationRatio).toBeCloseTo(0.75, 12);
    // It would need (6 months of plan − realised) / remaining volume × saving:
    // plan 5,400 + 10,800 × 4 = 48,600; realised 12,510; (48,600 − 12,510) / (3,000 × 18) = 0.668333….
    expect(measured.departments[0].deflectionNeeded).toBeCloseTo(
      36_090 / 54_000,
      12,
    );
  });

  it.each([
    [
      [{ departmentId: 'it', month: 1, total: 10, deflected: 11 }],
      /11 deflected of 10/,
    ],
    [
      [{ departmentId: 'it', month: 1, total: -1, deflected: 0 }],
      /whole number/,
    ],
    [
      [{ departmentId: 'it', month: 1, total: 1.5, deflected: 0 }],
      /whole number/,
    ],
    [
      [
        { departmentId: 'it', month: 1, total: 1, deflected: 0 },
        { departmentId: 'it', month: 1, total: 1, deflected: 0 },
      ],
      /twice/,
    ],
  ])('refuses actuals that are not counts (%j)', (actuals, message) => {
    expect(() =>
      valueRealisation({
        input: CASE,
        programmeStart: '2026-01-01',
        asOf: '2026-04-03',
        actuals,
      }),
    ).toThrow(message);
  });

  it('refuses dates that are not plain dates', () => {
    expect(() =>
      valueRealisation({
        input: CASE,
        programmeStart: '2026-01-01',
        asOf: '3 April 2026',
        actuals: [],
      }),
    ).toThrow(/asOf/);
  });
});
