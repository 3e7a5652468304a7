import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import {
  type BusinessCaseResultFieldsFragment,
  describeApiError,
  EvaluateBusinessCaseDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { fieldProblemsOfFailure } from '../forms/field-problems';
import { type CaseForm, evaluateRequest } from './case-form';

/** Wait this long after the last keystroke before asking the API again. */
export const RECOMPUTE_DELAY_MS = 400;

export type CaseEvaluation = {
  result: BusinessCaseResultFieldsFragment;
  /** The form's own checks (the domain's validator), then the API's BAD_USER_INPUT. */
  problems: FieldProblem[];
  error: string | null;
  pending: boolean;
};

/**
 * Recomputes the case through `evaluateBusinessCase` as the form changes
 * (debounced); every number shown comes from the API. Keeps the last good
 * result while a new one is on its way or the input is invalid.
 */
export function useCaseEvaluation(
  form: CaseForm,
  initial: BusinessCaseResultFieldsFragment,
): CaseEvaluation {
  const client = useApolloClient();
  const [state, setState] = useState<CaseEvaluation>({
    result: initial,
    problems: [],
    error: null,
    pending: false,
  });
  const first = useRef(true);
  useEffect(() => {
    // The saved case arrives with its result: no need to ask again for it.
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const { input, sources, problems } = evaluateRequest(form);
    if (problems.length > 0) {
      setState((s) => ({ ...s, problems, pending: false }));
      return undefined;
    }
    let cancelled = false;
    // The form's own checks pass: an earlier input's problems no longer hold (a save must not wait for the API).
    setState((s) => ({ ...s, problems: [], pending: true }));
    const timer = window.setTimeout(() => {
      client
        .query({
          query: EvaluateBusinessCaseDocument,
          variables: { input, sources },
          fetchPolicy: 'no-cache',
        })
        .then(({ data }) => {
          if (cancelled || !data) return;
          setState({
            result: data.evaluateBusinessCase,
            problems: [],
            error: null,
            pending: false,
          });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          const problems = fieldProblemsOfFailure(error);
          setState((s) => ({
            ...s,
            problems,
            error: problems.length > 0 ? null : describeApiError(error),
            pending: false,
          }));
        });
    }, RECOMPUTE_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, form]);
  return state;
}
