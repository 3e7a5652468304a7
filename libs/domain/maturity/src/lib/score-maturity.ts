import {
  MaturityAnswer,
  MaturityAnswersError,
  maturityAnswerProblems,
} from './answers';
import { MATURITY_DIMENSIONS, MaturityDimension } from './dimension';
import { MaturityStage, maturityStage } from './maturity-stage';
import { questionById, questionIndex } from './questionnaire';

export type DimensionScore = { dimension: MaturityDimension; score: number };

export type NextStep = {
  questionId: string;
  dimension: MaturityDimension;
  text: string;
  score: number;
};

export type MaturityScore = {
  /** In questionnaire order, each the mean of its answers to one decimal. */
  dimensions: DimensionScore[];
  /** Mean of the six dimension scores, to one decimal. */
  overallScore: number;
  stage: MaturityStage;
  /** The three lowest answers; see NEXT_STEP_COUNT for the tie rule. */
  nextSteps: NextStep[];
};

export const NEXT_STEP_COUNT = 3;

// Means are computed in tenths of integers, so 3.25 rounds to 3.3 exactly
// and the overall score never shows 2.9999999.
function meanToTenths(sumTimesTen: number, count: number): number {
  return Math.round(sumTimesTen / count) / 10;
}

/**
 * Scores an assessment (domain §5). Dimension score = mean of its answers
 * (1 decimal); overall = mean of the six dimension scores (1 decimal); the
 * stage is floor(overall) capped at floor(lowest dimension) + 1, taken from
 * the rounded scores so the stage always agrees with the figures shown.
 * Next steps: the three lowest answers; ties go to the weaker dimension
 * first (it caps the stage), then questionnaire order.
 * @throws MaturityAnswersError listing every problem with the answers.
 */
export function scoreMaturity(
  answers: readonly MaturityAnswer[],
): MaturityScore {
  const problems = maturityAnswerProblems(answers);
  if (problems.length > 0) throw new MaturityAnswersError(problems);

  const dimensions = MATURITY_DIMENSIONS.map((dimension) => {
    const scores = answers
      .filter(
        (answer) => questionById(answer.questionId)?.dimension === dimension,
      )
      .map((answer) => answer.score);
    return {
      dimension,
      score: meanToTenths(
        scores.reduce((sum, score) => sum + score * 10, 0),
        scores.length,
      ),
    };
  });
  const overallScore = meanToTenths(
    dimensions.reduce((sum, { score }) => sum + Math.round(score * 10), 0),
    dimensions.length,
  );
  const lowestDimensionScore = Math.min(
    ...dimensions.map(({ score }) => score),
  );

  const nextSteps = nextStepsOf({ answers, dimensionScores: dimensions });

  return {
    dimensions,
    overallScore,
    stage: maturityStage({ overallScore, lowestDimensionScore }),
    nextSteps,
  };
}

/**
 * The NEXT_STEP_COUNT lowest answers: ties go to the weaker dimension first
 * (it caps the stage), then questionnaire order. Answers to unknown
 * questions (since removed from the questionnaire) are left out.
 */
export function nextStepsOf({
  answers,
  dimensionScores,
}: {
  answers: readonly MaturityAnswer[];
  dimensionScores: readonly DimensionScore[];
}): NextStep[] {
  const dimensionScore = new Map(
    dimensionScores.map(({ dimension, score }) => [dimension, score]),
  );
  return answers
    .flatMap(({ questionId, score }) => {
      const question = questionById(questionId);
      return question
        ? [
            {
              questionId,
              dimension: question.dimension,
              text: question.text,
              score,
            },
          ]
        : [];
    })
    .sort(
      (a, b) =>
        a.score - b.score ||
        (dimensionScore.get(a.dimension) ?? 0) -
          (dimensionScore.get(b.dimension) ?? 0) ||
        questionIndex(a.questionId) - questionIndex(b.questionId),
    )
    .slice(0, NEXT_STEP_COUNT);
}
