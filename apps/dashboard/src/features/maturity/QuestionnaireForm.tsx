import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  describeApiError,
  type MaturityPageQuery,
  SubmitMaturityAssessmentDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  ErrorBanner,
  FormActions,
  InlineNotice,
} from '@esm-planner/dashboard-ui';
import { DimensionQuestions } from './DimensionQuestions';

export type QuestionnaireFormProps = {
  organizationId: string;
  departmentId: string | null;
  questions: MaturityPageQuery['maturityQuestions'];
  evidence: MaturityPageQuery['maturityEvidence'];
  /** The latest assessment's answers, to start from. */
  initialAnswers: readonly { questionId: string; score: number }[];
  canSubmit: boolean;
  onSubmitted: () => void;
};

/** The questionnaire, one card per dimension, with the data beside each; saves a dated assessment. */
export function QuestionnaireForm({
  organizationId,
  departmentId,
  questions,
  evidence,
  initialAnswers,
  canSubmit,
  onSubmitted,
}: QuestionnaireFormProps) {
  const [answers, setAnswers] = useState<Record<string, number | undefined>>(
    () =>
      Object.fromEntries(
        initialAnswers.map(({ questionId, score }) => [questionId, score]),
      ),
  );
  const [submit, { loading, error }] = useMutation(
    SubmitMaturityAssessmentDocument,
  );
  const answered = questions.filter(
    (question) => answers[question.id] !== undefined,
  ).length;

  const onSubmit = async () => {
    const list = questions.flatMap((question) => {
      const score = answers[question.id];
      return score === undefined ? [] : [{ questionId: question.id, score }];
    });
    const result = await submit({
      variables: { input: { organizationId, departmentId, answers: list } },
    }).catch(() => null);
    if (result?.data) onSubmitted();
  };

  return (
    <form
      className="maturity-form"
      data-testid="maturity-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {evidence.map((entry) => (
        <DimensionQuestions
          key={entry.dimension}
          evidence={entry}
          questions={questions.filter(
            (question) => question.dimension === entry.dimension,
          )}
          answers={answers}
          onAnswer={(questionId, score) =>
            setAnswers((current) => ({ ...current, [questionId]: score }))
          }
          disabled={!canSubmit || loading}
        />
      ))}
      {error ? (
        <ErrorBanner
          title="The assessment was not saved"
          messages={[describeApiError(error)]}
        />
      ) : null}
      {canSubmit ? (
        <FormActions>
          <span className="muted">
            {answered} of {questions.length} answered; every dimension needs at
            least one answer.
          </span>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            testId="maturity-submit"
          >
            Save assessment
          </Button>
        </FormActions>
      ) : (
        <InlineNotice tone="info">
          Only the CoE and administrators record assessments.
        </InlineNotice>
      )}
    </form>
  );
}
