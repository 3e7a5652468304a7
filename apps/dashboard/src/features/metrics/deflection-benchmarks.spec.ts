import {
  benchmarkSourceLabel,
  defaultBenchmarkLabel,
  parseBenchmarkPercent,
  percentText,
} from './deflection-benchmarks';

describe(parseBenchmarkPercent.name, () => {
  it.each([
    ['60', 0.6],
    ['62.5', 0.625],
    [' 62,5 % ', 0.625],
    ['100', 1],
    ['0.5', 0.005],
  ])('reads %p as %p', (text, fraction) => {
    expect(parseBenchmarkPercent(text)).toEqual({ ok: true, fraction });
  });

  it.each(['', '0', '100.5', '150', '-10', 'sixty', '60%%'])(
    'refuses %p',
    (text) => {
      expect(parseBenchmarkPercent(text)).toEqual({
        ok: false,
        message: 'Enter a percentage above 0 and at most 100, e.g. 60.',
      });
    },
  );
});

describe(percentText.name, () => {
  it('shows the fraction as the percentage typed', () => {
    expect([0.6, 0.625, 0.75, 1, 0.57].map(percentText)).toEqual([
      '60',
      '62.5',
      '75',
      '100',
      '57',
    ]);
  });
});

describe(defaultBenchmarkLabel.name, () => {
  it('names what null brings back', () => {
    expect(
      defaultBenchmarkLabel({
        target: 0.6,
        source: 'ORGANIZATION',
        defaultTarget: 0.75,
        defaultSource: 'PUBLISHED',
      }),
    ).toBe('the published 75%');
    expect(
      defaultBenchmarkLabel({
        target: 0.4,
        source: 'ORGANIZATION',
        defaultTarget: 0.3,
        defaultSource: 'ASSUMPTION',
      }),
    ).toBe('the 30% assumption');
    expect(
      defaultBenchmarkLabel({ target: 0.4, source: 'ORGANIZATION' }),
    ).toBeNull();
  });
});

describe(benchmarkSourceLabel.name, () => {
  it('labels each source', () => {
    expect(
      (['PUBLISHED', 'ORGANIZATION', 'ASSUMPTION'] as const).map(
        benchmarkSourceLabel,
      ),
    ).toEqual(['Published', 'Set by the organisation', 'Assumption']);
  });
});
