import { TWO_WEEK_AUDIT_CASE } from '../testing/business-case.fixtures';
import { caseMonthBounds } from './case-months';
import { MonthlyActual, valueRealisation } from './value-realisation';

// The figures below come from scripts/reference_model.py (`value_realisation`,
// an independent Python model of domain §9 written from the spec): the
// two-week audit case (IT, HR, Finance live in months 3, 6, 9) started on
// 2026-01-05 and measured on 2026-09-20, with IT near plan, HR behind and
// Finance handling requests before its go-live.
const ACTUALS: [string, number, number, number][] = [
  ['it', 3, 3_950, 1_010],
  ['it', 4, 4_105, 1_890],
  ['it', 5, 3_990, 2_620],
  ['it', 6, 4_020, 2_890],
  ['it', 7, 4_080, 2_950],
  ['it', 8, 3_900, 2_870],
  ['it', 9, 1_000, 900],
  ['hr', 5, 4_200, 150],
  ['hr', 6, 4_150, 610],
  ['hr', 7, 4_300, 1_240],
  ['hr', 8, 4_260, 1_630],
  ['fin', 8, 2_100, 40],
];

describe('value realisation against the reference model', () => {
  const actuals: MonthlyActual[] = ACTUALS.map(
    ([departmentId, month, total, deflected]) => ({
      departmentId,
      month,
      total,
      deflected,
    }),
  );
  const result = valueRealisation({
    input: TWO_WEEK_AUDIT_CASE,
    programmeStart: '2026-01-05',
    asOf: '2026-09-20',
    actuals,
  });

  it('places the months as the reference does', () => {
    expect(
      [1, 2, 8, 9].map((month) =>
        caseMonthBounds({ programmeStart: '2026-01-05', month }),
      ),
    ).toEqual([
      { startDate: '2026-01-05', endDate: '2026-02-04' },
      { startDate: '2026-02-05', endDate: '2026-03-06' },
      { startDate: '2026-08-07', endDate: '2026-09-05' },
      { startDate: '2026-09-06', endDate: '2026-10-05' },
    ]);
    expect(result.completeMonths).toBe(8);
  });

  it('gives the reference’s ratios, statuses and sums', () => {
    expect(result.departments.map((d) => [d.departmentId, d.status])).toEqual([
      ['it', 'ON_TRACK'],
      ['hr', 'BEHIND'],
      ['fin', 'NOT_LIVE'],
    ]);
    const [it, hr, fin] = result.departments;
    expect(it.realisationRatio).toBeCloseTo(0.9486666666666667, 12);
    expect(it.plannedToDate).toBeCloseTo(165_000, 6);
    expect(it.realisedToDate).toBeCloseTo(156_530, 6);
    expect(hr.realisationRatio).toBeCloseTo(0.6063562865904655, 12);
    expect(hr.plannedToDate).toBeCloseTo(94_696.80000000002, 6);
    expect(hr.realisedToDate).toBeCloseTo(59_895, 6);
    expect(hr.deflectionNeeded).toBeCloseTo(0.6978503723764387, 12);
    expect(fin.realisedToDate).toBeCloseTo(916.6666666666667, 9);
    expect(result.plannedToDate).toBeCloseTo(259_696.80000000002, 6);
    expect(result.realisedToDate).toBeCloseTo(217_341.66666666666, 6);
  });

  it('gives the reference’s forecast flows, payback, NPV and ROI', () => {
    const net = [
      -135_000, -15_000, -15_000, -3_890, 5_790, 16_295, 26_855, 37_910,
      44_381.666666666664, 50_516, 56_016, 61_516,
    ];
    net.forEach((value, month) =>
      expect(result.months[month].forecastNet).toBeCloseTo(value, 6),
    );
    expect(result.months[36].forecastNet).toBeCloseTo(61_516, 6);
    expect(result.plannedPaybackMonths).toBeCloseTo(7.928126778926492, 12);
    expect(result.forecastPaybackMonths).toBeCloseTo(8.74547338137092, 12);
    expect(result.forecastNpv).toBeCloseTo(1_434_600.817372503, 5);
    expect(result.forecastRoi).toBeCloseTo(2.47154024691358, 12);
  });
});
