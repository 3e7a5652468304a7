import type { MaturityPageQuery } from '@esm-planner/dashboard-data-access-graphql';
import { Card, InlineNotice } from '@esm-planner/dashboard-ui';
import { disagreesWithEvidence } from '@esm-planner/domain-maturity';
import { formatDecimal } from '../formatting/format';
import { dimensionLabel, signalValue } from './maturity-labels';

type Question = MaturityPageQuery['maturityQuestions'][number];
type Evidence = MaturityPageQuery['maturityEvidence'][number];

export type DimensionQuestionsProps = {
  evidence: Evidence;
  questions: readonly Question[];
  answers: Readonly<Record<string, number | undefined>>;
  onAnswer: (questionId: string, score: number) => void;
  disabled: boolean;
};

const SCALE = [1, 2, 3, 4, 5] as const;

/** One dimension's questions, each answered 1–5, with the data's evidence beside them. */
export function DimensionQuestions({
  evidence,
  questions,
  answers,
  onAnswer,
  disabled,
}: DimensionQuestionsProps) {
  const suggested = evidence.suggestedScore ?? null;
  return (
    <Card
      as="section"
      title={dimensionLabel(evidence.dimension)}
      titleAs="h3"
      testId={`dimension-${evidence.dimension}`}
    >
      <div className="maturity-dimension">
        <div>
          {questions.map((question) => {
            const answer = answers[question.id];
            const flagged =
              answer !== undefined && disagreesWithEvidence(answer, suggested);
            return (
              <fieldset
                key={question.id}
                className="maturity-question"
                data-testid={`question-${question.id}`}
              >
                <legend>{question.text}</legend>
                <div className="maturity-scale">
                  {SCALE.map((score) => (
                    <label key={score}>
                      <input
                        type="radio"
                        name={question.id}
                        value={score}
                        checked={answer === score}
                        disabled={disabled}
                        onChange={() => onAnswer(question.id, score)}
                      />
                      <span>{score}</span>
                    </label>
                  ))}
                  {flagged ? (
                    <InlineNotice testId={`disagreement-${question.id}`}>
                      The data suggests {formatDecimal(suggested)}: 2 or more
                      points from this answer.
                    </InlineNotice>
                  ) : null}
                </div>
              </fieldset>
            );
          })}
        </div>
        <aside
          className="maturity-evidence"
          aria-label={`Evidence from data for ${dimensionLabel(evidence.dimension)}`}
        >
          <h4>
            From the data:{' '}
            {suggested === null
              ? 'no evidence yet'
              : `suggests ${formatDecimal(suggested)}`}
          </h4>
          <ul>
            {evidence.signals.map((signal) => (
              <li key={signal.key}>
                {signal.label}: <strong>{signalValue(signal)}</strong>
                {signal.suggestedScore === null ||
                signal.suggestedScore === undefined
                  ? null
                  : ` (→ ${formatDecimal(signal.suggestedScore)})`}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </Card>
  );
}
