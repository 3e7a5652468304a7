import { maturityStage } from './maturity-stage';

describe(maturityStage.name, () => {
  it.each([
    // overall, lowest, expected stage
    [3.4, 3.0, 3], // floor of the mean
    [3.9, 3.0, 3], // floor, not round
    [4.6, 2.0, 3], // capped at floor(lowest) + 1 = 3
    [4.6, 2.9, 3], // the lowest is floored before the cap: floor(2.9) + 1 = 3
    [3.5, 1.5, 2], // one weak dimension holds the stage at 2
    [5.0, 5.0, 5], // all 5s
    [1.0, 1.0, 1], // all 1s
    [4.0, 3.0, 4], // cap 4 does not bite
    [3.0, 3.0, 3],
  ])(
    'overall %d with lowest %d is stage %d',
    (overallScore, lowestDimensionScore, stage) => {
      expect(maturityStage({ overallScore, lowestDimensionScore }).stage).toBe(
        stage,
      );
    },
  );

  it('does not floor 3.0 computed as 2.9999999999 to 2', () => {
    expect(
      maturityStage({ overallScore: 0.1 * 30 - 1e-12, lowestDimensionScore: 3 })
        .stage,
    ).toBe(3);
  });

  it('names and describes the stage', () => {
    expect(
      maturityStage({ overallScore: 3.2, lowestDimensionScore: 2.5 }),
    ).toMatchObject({ stage: 3, name: 'DEFINED' });
  });
});
