import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  type MaturityDimension,
  type MaturityPageQuery,
  SubmitMaturityAssessmentDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  MATURITY_DIMENSIONS,
  maturityAnswerProblems,
} from '@esm-planner/domain-maturity';
import { Button, FormActions, InlineNotice } from '@esm-planner/dashboard-ui';
import { ErrorSummary } from '../forms/ErrorSummary';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { useFormProblems } from '../forms/useFormProblems';
import { DimensionQuestions } from './DimensionQuestions';
import { dimensionLabel } from './maturity-labels';

const LABELS = { answers: 'Answers' };

type Answers = Record<string, number | undefined>;

function answerList(
  questions: QuestionnaireFormProps['questions'],
  answers: Answers,
) {
  return questions.flatMap((question) => {
    const score = answers[question.id];
    return score === undefined ? [] : [{ questionId: question.id, score }];
  });
}

/** The domain's rules for a questionnaire (the API's too), with dimensions in words. */
function problemsOf(list: ReturnType<typeof answerList>) {
  return maturityAnswerProblems(list).map((problem) => ({
    ...problem,
    message: MATURITY_DIMENSIONS.reduce(
      (message, dimension) =>
        message.replace(
          new RegExp(`\\b${dimension}\\b`),
          dimensionLabel(dimension as MaturityDimension),
        ),
      problem.message,
    ),
  }));
}

export type QuestionnaireFormProps = {
  organizationId: string;
  departmentId: string | null;
  questions: MaturityPageQuery['maturityQuestions'];
  evidence: MaturityPageQuery['maturityEvidence'];
  /** The latest assessment's answers, to start from. */
  initialAnswers: readonly { questionId: string; score: number }[];
  canSubmit: boolean;
  /** "Assessment saved." after a save (the form starts afresh from it). */
  confirmation: string | null;
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
  confirmation,
  onSubmitted,
}: QuestionnaireFormProps) {
  const [initial] = useState<Answers>(() =>
    Object.fromEntries(
      initialAnswers.map(({ questionId, score }) => [questionId, score]),
    ),
  );
  const [answers, setAnswers] = useState<Answers>(initial);
  const [submit, { loading }] = useMutation(SubmitMaturityAssessmentDocument);
  const list = answerList(questions, answers);
  const checks = useFormProblems(LABELS, problemsOf(list));
  const answered = questions.filter(
    (question) => answers[question.id] !== undefined,
  ).length;

  const onSubmit = async () => {
    if (!checks.beginSubmit()) return;
    try {
      await submit({
        variables: { input: { organizationId, departmentId, answers: list } },
      });
      onSubmitted();
    } catch (failure) {
      checks.failSubmit(failure);
    }
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
      {canSubmit ? (
        <UnsavedChangesGuard
          when={isChanged(initial, answers)}
          what="your answers"
        />
      ) : null}
      {checks.attempt > 0 ? (
        <ErrorSummary
          problems={checks.problems}
          labels={LABELS}
          attempt={checks.attempt}
          title="The assessment was not saved"
        />
      ) : null}
      <QuestionnaireActions
        canSubmit={canSubmit}
        answered={answered}
        total={questions.length}
        saving={loading}
        confirmation={confirmation}
      />
    </form>
  );
}

/** How many are answered and the save button, or who may record assessments. */
function QuestionnaireActions({
  canSubmit,
  answered,
  total,
  saving,
  confirmation,
}: {
  canSubmit: boolean;
  answered: number;
  total: number;
  saving: boolean;
  confirmation: string | null;
}) {
  return canSubmit ? (
    <FormActions>
      <span className="muted">
        {answered} of {total} answered; every dimension needs at least one
        answer.
      </span>
      <Button
        type="submit"
        variant="primary"
        loading={saving}
        testId="maturity-submit"
      >
        Save assessment
      </Button>
      <SaveConfirmation message={confirmation} />
    </FormActions>
  ) : (
    <InlineNotice tone="info">
      Only the CoE and administrators record assessments.
    </InlineNotice>
  );
}
