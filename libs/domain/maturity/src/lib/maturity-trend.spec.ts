import { maturityTrend } from './maturity-trend';

describe('maturityTrend', () => {
  it('is FIRST for the first assessment', () => {
    expect(
      maturityTrend({
        latest: { stage: 2, overallScore: 2.4 },
        previous: null,
      }),
    ).toBe('FIRST');
  });

  it('follows the overall score, also within a stage', () => {
    // 2.4 → 2.7: still REPEATABLE, but up.
    expect(
      maturityTrend({
        latest: { stage: 2, overallScore: 2.7 },
        previous: { stage: 2, overallScore: 2.4 },
      }),
    ).toBe('UP');
    // 3.1 → 2.9: down a stage.
    expect(
      maturityTrend({
        latest: { stage: 2, overallScore: 2.9 },
        previous: { stage: 3, overallScore: 3.1 },
      }),
    ).toBe('DOWN');
  });

  it('treats scores equal at one decimal as the same', () => {
    // 0.1 + 0.2 = 0.30000000000000004 is the score 0.3.
    expect(
      maturityTrend({
        latest: { stage: 1, overallScore: 0.1 + 0.2 },
        previous: { stage: 1, overallScore: 0.3 },
      }),
    ).toBe('SAME');
  });
});
