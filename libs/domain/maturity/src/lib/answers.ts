import { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { MATURITY_DIMENSIONS, MAX_SCORE, MIN_SCORE } from './dimension';
import { questionById } from './questionnaire';

/** One answer: a question of MATURITY_QUESTIONS scored 1–5. */
export type MaturityAnswer = { questionId: string; score: number };

/** A problem with one field of the answers, named as the API input names it. */
export type AnswerProblem = FieldProblem;

/**
 * Every problem with a set of answers: a score that is not a whole number
 * 1–5, an unknown or repeated question, a dimension with no answer at all.
 * Questions may be left out inside an answered dimension (the dimension
 * score is the mean of the answers given).
 */
export function maturityAnswerProblems(
  answers: readonly MaturityAnswer[],
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const seen = new Set<string>();
  const answered = new Set<string>();
  answers.forEach(({ questionId, score }, index) => {
    const question = questionById(questionId);
    if (!question) {
      problems.push({
        field: `answers[${index}].questionId`,
        message: `unknown question "${questionId}"`,
      });
    } else if (seen.has(questionId)) {
      problems.push({
        field: `answers[${index}].questionId`,
        message: `question "${questionId}" is answered twice`,
      });
    } else {
      seen.add(questionId);
      answered.add(question.dimension);
    }
    if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
      problems.push({
        field: `answers[${index}].score`,
        message: `score must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}, not ${score}`,
      });
    }
  });
  const missing = MATURITY_DIMENSIONS.filter(
    (dimension) => !answered.has(dimension),
  );
  if (missing.length > 0) {
    problems.push({
      field: 'answers',
      message: `no answer for ${missing.length === 1 ? 'dimension' : 'dimensions'} ${missing.join(', ')}`,
    });
  }
  return problems;
}

/** Thrown by scoreMaturity on answers that maturityAnswerProblems rejects. */
export class MaturityAnswersError extends Error {
  constructor(readonly problems: readonly AnswerProblem[]) {
    super(
      problems
        .map((problem) => `${problem.field}: ${problem.message}`)
        .join('; '),
    );
    this.name = 'MaturityAnswersError';
  }
}
