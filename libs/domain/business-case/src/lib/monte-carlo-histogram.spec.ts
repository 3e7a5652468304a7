import { resolveBusinessCase } from './business-case-input';
import { monteCarlo } from './monte-carlo';
import {
  equalWidthHistogram,
  MAX_PAYBACK_BINS,
  paybackHistogram,
} from './monte-carlo-histogram';
import {
  TINY_CASE,
  TWO_WEEK_AUDIT_CASE,
} from '../testing/business-case.fixtures';

describe(equalWidthHistogram.name, () => {
  it('splits [min, max] into equal bars, the maximum in the last one', () => {
    // Width (4 − 0) / 2 = 2: [0, 2) holds 0 and 1; [2, 4] holds 2, 3 and 4.
    expect(equalWidthHistogram({ sorted: [0, 1, 2, 3, 4], bins: 2 })).toEqual([
      { from: 0, to: 2, count: 2 },
      { from: 2, to: 4, count: 3 },
    ]);
  });

  it('has one bar when every value is the same, none for no values', () => {
    expect(equalWidthHistogram({ sorted: [5, 5, 5], bins: 20 })).toEqual([
      { from: 5, to: 5, count: 3 },
    ]);
    expect(equalWidthHistogram({ sorted: [], bins: 20 })).toEqual([]);
  });

  it('handles negative values', () => {
    // Width (10 − (−10)) / 4 = 5: −10 | −5 | 0 | 5..10.
    expect(
      equalWidthHistogram({ sorted: [-10, -6, -5, 0, 4, 10], bins: 4 }).map(
        (bin) => bin.count,
      ),
    ).toEqual([2, 1, 2, 1]);
  });
});

describe(paybackHistogram.name, () => {
  it('uses whole-month bars from the month below the fastest to the month above the slowest', () => {
    expect(paybackHistogram({ sorted: [7.4, 8.1, 8.2, 9, Infinity] })).toEqual([
      { from: 7, to: 8, count: 1 },
      { from: 8, to: 9, count: 2 },
      { from: 9, to: 10, count: 1 },
    ]);
  });

  it('is empty when no run pays back', () => {
    expect(paybackHistogram({ sorted: [Infinity, Infinity] })).toEqual([]);
  });

  it('widens the bars (whole months) for a wide spread', () => {
    // 0.5 .. 100.2: 101 months → bars of ceil(101 / 40) = 3 months, 34 of them.
    const bins = paybackHistogram({ sorted: [0.5, 50, 100.2] });
    expect(bins.length).toBeLessThanOrEqual(MAX_PAYBACK_BINS);
    expect(bins[0]).toEqual({ from: 0, to: 3, count: 1 });
    expect(bins.at(-1)).toEqual({ from: 99, to: 102, count: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
  });
});

describe('monteCarlo histograms', () => {
  it('count every run: NPV bars sum to the runs, payback bars plus the non-paying runs too', () => {
    // Tiny case, 1,000 runs, seed 3: 586 pay back (monte-carlo.spec.ts).
    const result = monteCarlo({
      model: resolveBusinessCase({ input: TINY_CASE }),
      runs: 1_000,
      seed: 3,
    })!;
    expect(result.npvHistogram).toHaveLength(20);
    expect(result.npvHistogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(
      1_000,
    );
    expect(result.runsWithoutPayback).toBe(414);
    expect(
      result.paybackHistogram.reduce((sum, bin) => sum + bin.count, 0),
    ).toBe(586);
    // Bars are contiguous.
    result.npvHistogram
      .slice(1)
      .forEach((bin, i) =>
        expect(bin.from).toBeCloseTo(result.npvHistogram[i].to, 6),
      );
  });

  it('brackets the percentiles: P10 and P90 of NPV lie inside the histogram range', () => {
    const result = monteCarlo({
      model: resolveBusinessCase({ input: TWO_WEEK_AUDIT_CASE }),
      runs: 2_000,
      seed: 7,
    })!;
    expect(result.npvHistogram[0].from).toBeLessThanOrEqual(result.p10Npv);
    expect(result.npvHistogram.at(-1)!.to).toBeGreaterThanOrEqual(
      result.p90Npv,
    );
    expect(result.paybackHistogram[0].from).toBe(
      Math.floor(result.paybackHistogram[0].from),
    );
    expect(result.runsWithoutPayback).toBe(0);
  });
});
