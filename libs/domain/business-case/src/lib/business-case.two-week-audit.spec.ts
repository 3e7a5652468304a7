import { TWO_WEEK_AUDIT_CASE } from '../testing/business-case.fixtures';
import { evaluateBusinessCase } from './evaluate-business-case';

// Golden case: IT, HR and Finance volumes from a two-week audit.
//   IT       4,000/month × 12 min, benchmark 0.75, live month 3
//   HR       4,220/month × 18 min, benchmark 0.68, live month 6
//   Finance  2,000/month × 25 min, benchmark 0.36, live month 9
//   loaded cost 55/h; platform 9,000 + CoE 6,000 a month; one-time 120,000 +
//   change management 15,000 in month 0; 3-month ramps; 36 months; 8 %.
//
// By hand: cost per request IT 12/60 × 55 = 11, HR 16.5, Finance 22.9166….
//   IT benefit      months 3, 4, 5: 4,000 × 0.25/0.50/0.75 × 11 = 11,000, 22,000, 33,000
//   HR benefit      months 6, 7, 8: 4,220 × 0.68 × ⅓, ⅔, 1 × 16.5 = 15,782.8, 31,565.6, 47,348.4
//   Finance benefit months 9,10,11: 2,000 × 0.12/0.24/0.36 × 22.916… = 5,500, 11,000, 16,500
//   cumulative: m0 −135,000; m1 −150,000; m2 −165,000; m3 −169,000; m4 −162,000;
//   m5 −144,000; m6 −110,217.2; m7 −60,651.6; m8 +4,696.8 (net 65,348.4)
//   → payback 7 + 60,651.6 / 65,348.4 = 7.928126778926…
//   Σ benefit = IT 1,089,000 + HR 1,420,452 + Finance 445,500 = 2,954,952;
//   Σ cost = 135,000 + 36 × 15,000 = 675,000 → ROI 2,279,952 / 675,000 = 3.3777066…
//   cost of inaction = 36 × (44,000 + 69,630 + 45,833.33…) = 5,740,680.
//
// Independently: `python3 libs/domain/business-case/scripts/reference_model.py`
//   payback 7.928126778926492, NPV 1968520.6430275002,
//   IRR monthly 0.18757096363434933 → annual 6.86891484482559,
//   scenarios CONSERVATIVE (12.534487050351384, 851766.6233008896),
//   OPTIMISTIC (7.436034266374473, 2356146.23510624),
//   sensitivity swings: volume = deflection = hourly cost = minutes 1033668.2455433083,
//   platform 115355.99299938488, one-time 48000.
describe('business case: IT + HR + Finance from a two-week audit', () => {
  const result = evaluateBusinessCase({
    input: { ...TWO_WEEK_AUDIT_CASE, monteCarloRuns: 2_000, seed: 7 },
  });

  it('pays back in 7.93 months, faster than the 14–22-month band', () => {
    expect(result.paybackMonths).toBeCloseTo(7.928126778926492, 10);
    expect(result.benchmarkPayback.position).toBe('FASTER');
  });

  it('matches the reference NPV, IRR and ROI', () => {
    expect(result.npv).toBeCloseTo(1968520.6430275002, 5);
    expect(result.irr).toBeCloseTo(6.86891484482559, 8);
    expect(result.roi).toBeCloseTo(3.3777066666666644, 12);
  });

  it('adds up the hand-worked months and totals', () => {
    const cumulative = result.monthly.slice(0, 9).map((row) => row.cumulative);
    [
      -135_000, -150_000, -165_000, -169_000, -162_000, -144_000, -110_217.2,
      -60_651.6, 4_696.8,
    ].forEach((expected, month) =>
      expect(cumulative[month]).toBeCloseTo(expected, 6),
    );
    expect(result.totals.benefit).toBeCloseTo(2_954_952, 6);
    expect(result.totals.cost).toBe(675_000);
    expect(result.costOfInaction).toBeCloseTo(5_740_680, 6);
    expect(result.extraFtes).toBe(0);
  });

  it('keeps change management above the 10 % warning line', () => {
    expect(result.changeManagementShare).toBeCloseTo(15_000 / 135_000, 15);
    expect(result.warnings).toEqual([]);
  });

  it('matches the reference scenarios', () => {
    const [conservative, expected, optimistic] = result.scenarios;
    expect(conservative.paybackMonths).toBeCloseTo(12.534487050351384, 10);
    expect(conservative.npv).toBeCloseTo(851766.6233008896, 5);
    expect(expected.npv).toBeCloseTo(result.npv, 9);
    expect(optimistic.paybackMonths).toBeCloseTo(7.436034266374473, 10);
    expect(optimistic.npv).toBeCloseTo(2356146.23510624, 5);
  });

  it('ranks the tornado: the four benefit drivers tie, then platform, then one-time', () => {
    // Benefit is linear in volume, deflection (no cap reached), minutes and
    // hourly cost, so ±20 % on any of them moves NPV alike; ties keep the
    // driver order.
    expect(result.sensitivity.map((row) => row.driver)).toEqual([
      'VOLUME',
      'HANDLING_MINUTES',
      'TARGET_DEFLECTION',
      'HOURLY_COST',
      'PLATFORM_COST',
      'ONE_TIME_COSTS',
    ]);
    const swings = result.sensitivity.map((row) => row.npvSwing);
    swings
      .slice(0, 4)
      .forEach((swing) => expect(swing).toBeCloseTo(1033668.2455433083, 5));
    expect(swings[4]).toBeCloseTo(115355.99299938488, 6);
    expect(swings[5]).toBeCloseTo(48_000, 6);
    expect(result.sensitivity[0].low.paybackMonths).toBeCloseTo(
      8.880098482229085,
      10,
    );
    expect(result.sensitivity[0].high.paybackMonths).toBeCloseTo(
      7.304378585198767,
      10,
    );
  });

  it('matches the reference Monte Carlo (2,000 runs, seed 7)', () => {
    expect(result.monteCarlo).toMatchObject({
      runs: 2_000,
      seed: 7,
      probabilityOfPayback: 1,
    });
    expect(result.monteCarlo!.p50Payback).toBeCloseTo(8.102871154076796, 8);
    expect(result.monteCarlo!.p50Npv).toBeCloseTo(1852291.3468647564, 4);
  });
});
