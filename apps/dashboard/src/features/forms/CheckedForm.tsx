import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';
import type { FieldLabels, FormProblems } from './field-problems';

export type CheckedFormProps = {
  /** The form's problems and submit count (useFormProblems). */
  checks: { problems: FormProblems; attempt: number };
  labels: FieldLabels;
  /** The summary's title: what did not happen ("The task was not added"). */
  failureTitle: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  className: string;
  id?: string;
  testId?: string;
  /** Above the summary: a form's own heading stays its first line. */
  lead?: ReactNode;
  /**
   * Forms that judge fields as they are left show those problems under the
   * fields only; their summary waits for a submit.
   */
  summaryAfterSubmit?: boolean;
  children: ReactNode;
};

/**
 * A form checked in the browser and by the API: the browser's own validation
 * off (the domain's validators speak instead), the GOV.UK error summary at
 * its top, and the fields below.
 */
export function CheckedForm({
  checks,
  labels,
  failureTitle,
  onSubmit,
  className,
  id,
  testId,
  lead,
  summaryAfterSubmit = false,
  children,
}: CheckedFormProps) {
  const summaryShown = !summaryAfterSubmit || checks.attempt > 0;
  return (
    <form
      id={id}
      className={className}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      data-testid={testId}
    >
      {lead}
      {summaryShown ? (
        <ErrorSummary
          problems={checks.problems}
          labels={labels}
          attempt={checks.attempt}
          title={failureTitle}
        />
      ) : null}
      {children}
    </form>
  );
}
