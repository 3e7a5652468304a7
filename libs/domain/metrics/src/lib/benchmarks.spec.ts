import { DEPARTMENT_KINDS } from '@esm-planner/domain-departments';
import {
  ASSUMED_DEFLECTION_TARGET,
  benchmarkFor,
  DEFLECTION_BENCHMARKS,
  deflectionBenchmarkProblem,
  NO_TOUCH_REFERENCE,
  publishedBenchmarkFor,
} from './benchmarks';

describe(benchmarkFor.name, () => {
  it.each([
    ['IT', 0.75, 'PUBLISHED'],
    ['HR', 0.68, 'PUBLISHED'],
    ['PROCUREMENT', 0.58, 'PUBLISHED'],
    ['SECURITY', 0.42, 'PUBLISHED'],
    ['FINANCE', 0.36, 'PUBLISHED'],
    ['LEGAL', 0.3, 'ASSUMPTION'],
    ['FACILITIES', 0.3, 'ASSUMPTION'],
    ['OTHER', 0.3, 'ASSUMPTION'],
  ] as const)('%s: %d (%s)', (kind, target, source) => {
    expect(benchmarkFor({ kind })).toEqual({ target, source });
    expect(publishedBenchmarkFor({ kind })).toEqual({ target, source });
  });

  it('takes the department’s figure set by the organisation over the published one and over the assumption', () => {
    expect(benchmarkFor({ kind: 'IT', organizationBenchmark: 0.6 })).toEqual({
      target: 0.6,
      source: 'ORGANIZATION',
    });
    expect(
      benchmarkFor({ kind: 'LEGAL', organizationBenchmark: 0.25 }),
    ).toEqual({ target: 0.25, source: 'ORGANIZATION' });
    // 1 is a target (every request deflected); it is the upper end.
    expect(benchmarkFor({ kind: 'HR', organizationBenchmark: 1 })).toEqual({
      target: 1,
      source: 'ORGANIZATION',
    });
  });

  it('goes back to the published figure or the assumption without one', () => {
    expect(benchmarkFor({ kind: 'IT', organizationBenchmark: null })).toEqual({
      target: 0.75,
      source: 'PUBLISHED',
    });
    expect(
      benchmarkFor({ kind: 'FACILITIES', organizationBenchmark: undefined }),
    ).toEqual({ target: 0.3, source: 'ASSUMPTION' });
  });

  it('refuses a stored figure outside (0, 1]', () => {
    expect(() =>
      benchmarkFor({ kind: 'HR', organizationBenchmark: 68 }),
    ).toThrow(
      'benchmark must be a fraction greater than 0 and at most 1 (0.6 for 60%), got 68',
    );
    expect(() =>
      benchmarkFor({ kind: 'HR', organizationBenchmark: 0 }),
    ).toThrow(RangeError);
  });

  it('has a figure or the assumption for every kind', () => {
    for (const kind of DEPARTMENT_KINDS) {
      expect(benchmarkFor({ kind }).target).toBe(
        DEFLECTION_BENCHMARKS[kind] ?? ASSUMED_DEFLECTION_TARGET,
      );
    }
  });
});

describe(deflectionBenchmarkProblem.name, () => {
  it.each([[0.3], [1], [0.0001], [null], [undefined]])(
    'accepts %p',
    (value) => {
      expect(deflectionBenchmarkProblem(value)).toBeNull();
    },
  );

  it.each([
    [0],
    [-0.1],
    [1.0001],
    [60],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('refuses %p', (value) => {
    expect(deflectionBenchmarkProblem(value)).toBe(
      `benchmark must be a fraction greater than 0 and at most 1 (0.6 for 60%), got ${value}`,
    );
  });
});

describe('NO_TOUCH_REFERENCE', () => {
  it('is 0.48 by week two', () => {
    expect(NO_TOUCH_REFERENCE).toEqual({ rate: 0.48, byWeek: 2 });
  });
});
