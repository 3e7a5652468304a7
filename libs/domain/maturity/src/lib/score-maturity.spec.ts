import { MaturityAnswersError } from './answers';
import { MATURITY_DIMENSIONS, MaturityDimension } from './dimension';
import { MATURITY_QUESTIONS } from './questionnaire';
import { scoreMaturity } from './score-maturity';

function answerAll(
  score: (dimension: MaturityDimension, index: number) => number,
) {
  return MATURITY_QUESTIONS.map((question) => ({
    questionId: question.id,
    score: score(
      question.dimension,
      MATURITY_QUESTIONS.filter(
        (q) => q.dimension === question.dimension,
      ).indexOf(question),
    ),
  }));
}

describe(scoreMaturity.name, () => {
  it('has at least four questions in each of the six dimensions', () => {
    for (const dimension of MATURITY_DIMENSIONS) {
      expect(
        MATURITY_QUESTIONS.filter(
          (question) => question.dimension === dimension,
        ).length,
      ).toBeGreaterThanOrEqual(4);
    }
    expect(
      new Set(MATURITY_QUESTIONS.map((question) => question.id)).size,
    ).toBe(MATURITY_QUESTIONS.length);
  });

  it('scores all 5s as stage 5 OPTIMISING', () => {
    const result = scoreMaturity(answerAll(() => 5));
    expect(result.overallScore).toBe(5);
    expect(result.dimensions.every(({ score }) => score === 5)).toBe(true);
    expect(result.stage.name).toBe('OPTIMISING');
  });

  it('scores all 1s as stage 1 INITIAL', () => {
    const result = scoreMaturity(answerAll(() => 1));
    expect(result.overallScore).toBe(1);
    expect(result.stage.name).toBe('INITIAL');
  });

  it('rounds a dimension mean to one decimal, half up', () => {
    // GOVERNANCE has 5 questions: 4, 4, 3, 3, 3 → 17 / 5 = 3.4;
    // SERVICE_OWNERSHIP has 4: 3, 3, 4, 3 → 13 / 4 = 3.25 → 3.3.
    const result = scoreMaturity(
      answerAll((dimension, index) => {
        if (dimension === 'GOVERNANCE') return index < 2 ? 4 : 3;
        if (dimension === 'SERVICE_OWNERSHIP') return index === 2 ? 4 : 3;
        return 3;
      }),
    );
    expect(
      result.dimensions.find((d) => d.dimension === 'GOVERNANCE')!.score,
    ).toBe(3.4);
    expect(
      result.dimensions.find((d) => d.dimension === 'SERVICE_OWNERSHIP')!.score,
    ).toBe(3.3);
    // (3.4 + 3.3 + 3 × 4) / 6 = 18.7 / 6 = 3.1166… → 3.1
    expect(result.overallScore).toBe(3.1);
    expect(result.stage.stage).toBe(3);
  });

  it('caps the stage at the weakest dimension + 1 (one weak dimension)', () => {
    // Five dimensions at 5, AUTOMATION at 1: overall (25 + 1) / 6 = 4.33 → 4.3,
    // floor 4, but the cap is floor(1) + 1 = 2.
    const result = scoreMaturity(
      answerAll((dimension) => (dimension === 'AUTOMATION' ? 1 : 5)),
    );
    expect(result.overallScore).toBe(4.3);
    expect(result.stage).toMatchObject({ stage: 2, name: 'REPEATABLE' });
  });

  it('lists the three lowest answers, ties to the weaker dimension, then questionnaire order', () => {
    // Every answer 4 except: gov-coe 2, proc-sla 2, auto-resolve 2, own-review 3.
    // GOVERNANCE = (4+4+2+4+4)/5 = 3.6, PROCESS = (4+4+2+4)/4 = 3.5,
    // AUTOMATION = (2+4+4+4)/4 = 3.5. The three 2s come first; PROCESS and
    // AUTOMATION tie at 3.5 and come in questionnaire order (PROCESS first),
    // then GOVERNANCE (3.6).
    const low: Record<string, number> = {
      'gov-coe': 2,
      'proc-sla': 2,
      'auto-resolve': 2,
      'own-review': 3,
    };
    const answers = MATURITY_QUESTIONS.map((question) => ({
      questionId: question.id,
      score: low[question.id] ?? 4,
    }));
    const result = scoreMaturity(answers);
    expect(result.nextSteps.map((step) => step.questionId)).toEqual([
      'proc-sla',
      'auto-resolve',
      'gov-coe',
    ]);
    expect(result.nextSteps[0]).toMatchObject({
      dimension: 'PROCESS',
      score: 2,
    });
  });

  it('scores a dimension over the answers given when some questions are left out', () => {
    const answers = MATURITY_DIMENSIONS.map((dimension) => ({
      questionId: MATURITY_QUESTIONS.find(
        (question) => question.dimension === dimension,
      )!.id,
      score: 2,
    }));
    expect(scoreMaturity(answers).overallScore).toBe(2);
    expect(scoreMaturity(answers).nextSteps).toHaveLength(3);
  });

  it('throws with every problem named by field', () => {
    const answers = [
      { questionId: 'gov-sponsor', score: 6 },
      { questionId: 'no-such-question', score: 3 },
      { questionId: 'gov-sponsor', score: 0 },
    ];
    expect(() => scoreMaturity(answers)).toThrow(MaturityAnswersError);
    try {
      scoreMaturity(answers);
    } catch (error) {
      const fields = (error as MaturityAnswersError).problems.map(
        (problem) => problem.field,
      );
      expect(fields).toEqual([
        'answers[0].score',
        'answers[1].questionId',
        'answers[2].questionId',
        'answers[2].score',
        'answers',
      ]);
      expect(
        (error as MaturityAnswersError).problems.at(-1)!.message,
      ).toContain('SERVICE_OWNERSHIP');
    }
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses the score %p', (score) => {
    const answers = answerAll(() => 3);
    answers[0] = { ...answers[0], score };
    expect(() => scoreMaturity(answers)).toThrow(/answers\[0\]\.score/);
  });
});
