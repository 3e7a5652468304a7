import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CompleteSetupDocument } from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { useSessionStore } from '../../app/session/SessionContext';
import { useFormProblems } from '../forms/useFormProblems';
import {
  browserTimeZone,
  initialSetupValues,
  SETUP_LABELS,
  setupInput,
  type SetupField,
} from './setup-form';

const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/** The setup form's values and problems; a completed setup signs the new ADMIN in. */
export function useSetupForm() {
  const store = useSessionStore();
  const client = useApolloClient();
  const [completeSetup, { loading: saving }] = useMutation(
    CompleteSetupDocument,
  );
  const [values, setValues] = useState(() =>
    initialSetupValues(browserTimeZone()),
  );
  // The API has the only word on these fields (the code, a taken e-mail, a currency it does not know).
  const checks = useFormProblems(SETUP_LABELS, NO_CLIENT_CHECKS);

  const set = (field: SetupField, value: string) => {
    checks.onEdit(field);
    setValues({ ...values, [field]: value });
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    checks.beginSubmit();
    try {
      const { data } = await completeSetup({
        variables: { input: setupInput(values) },
      });
      if (!data) throw new Error('completeSetup returned no data');
      await client.clearStore();
      // Signed in: the router sends the new ADMIN home, to the organisation's checklist.
      store.save(data.completeSetup);
    } catch (failure) {
      // Everything stays as typed (the password too): the person fixes only the field named.
      checks.failSubmit(failure);
    }
  }

  return { values, checks, saving, set, submit };
}
