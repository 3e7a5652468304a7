import fc from 'fast-check';

import { FIVE_DEPARTMENT_CASE } from '../testing/business-case.fixtures';
import { resolveBusinessCase } from './business-case-input';
import { monteCarlo, monteCarloSamples } from './monte-carlo';
import {
  mergeSortedSamples,
  sortedSamplesSummary,
  sortSamples,
} from './monte-carlo-summary';

const series = (values: number[]) => Float64Array.from(values);

describe(mergeSortedSamples.name, () => {
  it('merges sorted slices into the order sorting them together gives', () => {
    // Uneven slices, ties, +∞ paybacks, −0 before +0 as a typed array sorts.
    const slices = [
      { paybacks: series([3, Infinity]), npvs: series([-5, 0, 7]) },
      { paybacks: series([1, 3, 9]), npvs: series([-0, 2]) },
      { paybacks: series([]), npvs: series([]) },
      { paybacks: series([Infinity, Infinity]), npvs: series([-5]) },
    ];
    const merged = mergeSortedSamples(slices);
    expect(Array.from(merged.paybacks)).toEqual([
      1,
      3,
      3,
      9,
      Infinity,
      Infinity,
      Infinity,
    ]);
    expect(Array.from(merged.npvs)).toEqual([-5, -5, -0, 0, 2, 7]);
    expect(Object.is(merged.npvs[2], -0)).toBe(true);
  });

  it('gives empty series for no slices', () => {
    const merged = mergeSortedSamples([]);
    expect(merged.paybacks).toHaveLength(0);
    expect(merged.npvs).toHaveLength(0);
  });

  it('equals one sort of every value, for any values and any slicing', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 30 }), { maxLength: 6 }),
        (parts) => {
          const slices = parts.map((part) =>
            sortSamples({ paybacks: series(part), npvs: series(part) }),
          );
          const all = series(parts.flat()).sort();
          const merged = mergeSortedSamples(slices).npvs;
          expect(merged).toHaveLength(all.length);
          all.forEach((v, i) => expect(Object.is(merged[i], v)).toBe(true));
        },
      ),
    );
  });
});

describe(sortedSamplesSummary.name, () => {
  it('gives monteCarlo’s result from slices sorted apart and merged (the worker pool’s path)', () => {
    // 12,345 runs in three uneven slices, as threads would compute them.
    const model = resolveBusinessCase({ input: FIVE_DEPARTMENT_CASE });
    const bounds = [0, 4_000, 8_500, 12_345];
    const slices = bounds.slice(1).map((end, i) =>
      sortSamples(
        monteCarloSamples({
          model,
          seed: 5,
          firstRun: bounds[i],
          runs: end - bounds[i],
        }),
      ),
    );
    expect(
      sortedSamplesSummary({ seed: 5, ...mergeSortedSamples(slices) }),
    ).toEqual(monteCarlo({ model, runs: 12_345, seed: 5 }));
  });
});
