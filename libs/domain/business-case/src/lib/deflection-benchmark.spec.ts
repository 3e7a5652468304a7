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
    });
  });

  it.each(['LEGAL', 'FACILITIES', 'OTHER'] as const)(
    '%s has no published figure → 0.30, an assumption',
    (kind) => {
      expect(benchmarkDeflection({ kind })).toEqual({
        value: 0.3,
        origin: 'ASSUMPTION',
      });
    },
  );
});
