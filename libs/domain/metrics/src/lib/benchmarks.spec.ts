import { DEPARTMENT_KINDS } from '@esm-planner/domain-departments';
import {
  ASSUMED_DEFLECTION_TARGET,
  benchmarkFor,
  DEFLECTION_BENCHMARKS,
  deflectionTargetProblems,
  NO_TOUCH_REFERENCE,
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
  });

  it('takes the organisation’s own target over the published one and the assumption', () => {
    const organizationOverrides = { IT: 0.6, LEGAL: 0.25 };
    expect(benchmarkFor({ kind: 'IT', organizationOverrides })).toEqual({
      target: 0.6,
      source: 'ORGANIZATION',
    });
    expect(benchmarkFor({ kind: 'LEGAL', organizationOverrides })).toEqual({
      target: 0.25,
      source: 'ORGANIZATION',
    });
    expect(benchmarkFor({ kind: 'HR', organizationOverrides })).toEqual({
      target: 0.68,
      source: 'PUBLISHED',
    });
  });

  it('treats an override of 0 as set and null as not set', () => {
    expect(
      benchmarkFor({ kind: 'IT', organizationOverrides: { IT: 0 } }),
    ).toEqual({ target: 0, source: 'ORGANIZATION' });
    expect(
      benchmarkFor({ kind: 'IT', organizationOverrides: { IT: null } }),
    ).toEqual({ target: 0.75, source: 'PUBLISHED' });
  });

  it('refuses an override outside [0, 1]', () => {
    expect(() =>
      benchmarkFor({ kind: 'HR', organizationOverrides: { HR: 68 } }),
    ).toThrow('the deflection target for HR must be between 0 and 1, got 68');
  });

  it('has a figure or the assumption for every kind', () => {
    for (const kind of DEPARTMENT_KINDS) {
      const { target } = benchmarkFor({ kind });
      expect(target).toBe(
        DEFLECTION_BENCHMARKS[kind] ?? ASSUMED_DEFLECTION_TARGET,
      );
    }
  });
});

describe(deflectionTargetProblems.name, () => {
  it('lists every target outside [0, 1]', () => {
    expect(
      deflectionTargetProblems({
        overrides: { IT: 1, HR: -0.1, LEGAL: Number.NaN, FINANCE: null },
      }),
    ).toEqual([
      'the deflection target for HR must be between 0 and 1, got -0.1',
      'the deflection target for LEGAL must be between 0 and 1, got NaN',
    ]);
  });
});

describe('NO_TOUCH_REFERENCE', () => {
  it('is 0.48 by week two', () => {
    expect(NO_TOUCH_REFERENCE).toEqual({ rate: 0.48, byWeek: 2 });
  });
});
