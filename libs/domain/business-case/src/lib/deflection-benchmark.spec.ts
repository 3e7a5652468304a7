import { benchmarkDeflection } from './deflection-benchmark';

describe(benchmarkDeflection.name, () => {
  it.each([
    ['IT', 0.75],
    ['HR', 0.68],
    ['PROCUREMENT', 0.58],
    ['SECURITY', 0.42],
    ['FINANCE', 0.36],
  ] as const)('%s → the published %d (domain §3)', (kind, value) => {
    expect(benchmarkDeflection({ kind })).toEqual({
      value,
      origin: 'BENCHMARK',
      source: 'PUBLISHED',
    });
  });

  it.each(['LEGAL', 'FACILITIES', 'OTHER'] as const)(
    '%s has no published figure → 0.30, an assumption',
    (kind) => {
      expect(benchmarkDeflection({ kind })).toEqual({
        value: 0.3,
        origin: 'ASSUMPTION',
        source: 'ASSUMPTION',
      });
    },
  );

  it('takes the department’s benchmark set by the organisation: a benchmark, not an assumption, for Legal too', () => {
    expect(
      benchmarkDeflection({
        kind: 'LEGAL',
        benchmark: { target: 0.4, source: 'ORGANIZATION' },
      }),
    ).toEqual({
      value: 0.4,
      origin: 'BENCHMARK',
      source: 'ORGANIZATION',
    });
    expect(
      benchmarkDeflection({
        kind: 'IT',
        benchmark: { target: 0.6, source: 'ORGANIZATION' },
      }),
    ).toEqual({
      value: 0.6,
      origin: 'BENCHMARK',
      source: 'ORGANIZATION',
    });
  });

  it('uses the kind’s figure when no benchmark is passed', () => {
    expect(benchmarkDeflection({ kind: 'HR', benchmark: null })).toEqual({
      value: 0.68,
      origin: 'BENCHMARK',
      source: 'PUBLISHED',
    });
  });
});
