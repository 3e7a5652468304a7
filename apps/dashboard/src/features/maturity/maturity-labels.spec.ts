import {
  radarSeries,
  signalValue,
  stageLabel,
  trendPoints,
} from './maturity-labels';

const assessment = (id: string, assessedAt: string, score: number) => ({
  __typename: 'MaturityAssessment' as const,
  id,
  departmentId: null,
  assessedAt,
  overallScore: score,
  stage: Math.floor(score),
  stageName: 'DEFINED',
  stageDescription: '',
  dimensions: [
    {
      __typename: 'DimensionScore' as const,
      dimension: 'GOVERNANCE' as const,
      score,
    },
  ],
  nextSteps: [],
  answers: [],
  disagreements: [],
});

const COLORS = { latest: '#111111', previous: '#222222' };

describe('maturity labels', () => {
  it('formats signals by unit', () => {
    expect(signalValue({ value: 1, unit: 'YES_NO' })).toBe('yes');
    expect(signalValue({ value: 0, unit: 'YES_NO' })).toBe('no');
    expect(signalValue({ value: 12, unit: 'COUNT' })).toBe('12');
    expect(signalValue({ value: 0.8, unit: 'SHARE' })).toBe('80.0%');
    expect(signalValue({ value: 0.85, unit: 'RATIO' })).toBe(
      '85.0% of the benchmark',
    );
    expect(signalValue({ value: null, unit: 'SHARE' })).toBe('no data');
  });

  it('names the stage', () =>
    expect(stageLabel(3, 'DEFINED')).toBe('Stage 3 · Defined'));

  it('overlays the previous assessment, dashed, under the latest', () => {
    const series = radarSeries(
      [
        assessment('a', '2026-08-01T10:00:00Z', 2.5),
        assessment('b', '2026-11-10T10:00:00Z', 3.4),
      ],
      COLORS,
    );
    expect(
      series.map((s) => [s.key, s.values.GOVERNANCE, Boolean(s.dashed)]),
    ).toEqual([
      ['latest', 3.4, false],
      ['previous', 2.5, true],
    ]);
    expect(
      radarSeries([assessment('a', '2026-08-01T10:00:00Z', 2.5)], COLORS),
    ).toHaveLength(1);
  });

  it('plots one trend point per assessment', () => {
    expect(trendPoints([assessment('a', '2026-08-01T10:00:00Z', 2.5)])).toEqual(
      [
        {
          key: 'a',
          date: '2026-08-01',
          label: '1 Aug 2026',
          values: { overall: 2.5, stage: 2 },
        },
      ],
    );
  });
});
