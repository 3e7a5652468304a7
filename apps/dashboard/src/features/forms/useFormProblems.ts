import { useCallback, useState } from 'react';
import {
  type FieldLabels,
  type FormProblems,
  NO_PROBLEMS,
  type ProblemPaths,
  problemsForForm,
  problemsFromFailure,
} from './field-problems';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';

/**
 * One form's problems, judged as GOV.UK forms judge them: the browser's
 * checks (the same domain validators the API runs) show for a field once the
 * person leaves it, and for every field on submit; the API's problems show
 * after a save until the field is edited again.
 */
export function useFormProblems(
  labels: FieldLabels,
  clientProblems: readonly FieldProblem[],
) {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const [server, setServer] = useState<FormProblems>(NO_PROBLEMS);

  const client = problemsForForm(clientProblems, labels);
  const judged = Object.fromEntries(
    Object.entries(client.fields).filter(
      ([name]) => attempt > 0 || left.has(name),
    ),
  );
  const problems: FormProblems = {
    fields: { ...server.fields, ...judged },
    other:
      attempt > 0
        ? [...new Set([...server.other, ...client.other])]
        : server.other,
  };

  const onBlur = useCallback(
    (name: string) =>
      setLeft((current) =>
        current.has(name) ? current : new Set([...current, name]),
      ),
    [],
  );
  /** Forget the API's word on a field once it is edited. */
  const onEdit = useCallback(
    (name: string) =>
      setServer((current) => {
        if (current.fields[name] === undefined) return current;
        const { [name]: _gone, ...fields } = current.fields;
        return { ...current, fields };
      }),
    [],
  );
  /** Call on submit: true when the form may be sent (the client found nothing). */
  const beginSubmit = (): boolean => {
    setAttempt((n) => n + 1);
    setServer(NO_PROBLEMS);
    return clientProblems.length === 0;
  };
  const failSubmit = (failure: unknown, options: ProblemPaths = {}) =>
    setServer(problemsFromFailure(failure, labels, options));
  const clear = () => {
    setServer(NO_PROBLEMS);
    setAttempt(0);
    setLeft(new Set());
  };
  return { problems, attempt, onBlur, onEdit, beginSubmit, failSubmit, clear };
}
