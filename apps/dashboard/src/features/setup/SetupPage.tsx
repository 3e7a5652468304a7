import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import {
  CompleteSetupDocument,
  describeApiError,
  SetupStatusDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  Button,
  ErrorBanner,
  FormActions,
  LoadingState,
  TextField,
} from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../../app/layout/StandalonePage';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { useSession, useSessionStore } from '../../app/session/SessionContext';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useFormProblems } from '../forms/useFormProblems';
import { OrganizationFields } from '../organizations/OrganizationFields';
import { PersonFields } from '../people/PersonFields';
import {
  browserTimeZone,
  initialSetupValues,
  SETUP_LABELS,
  setupInput,
  type SetupField,
} from './setup-form';
import './setup.css';

const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/** `/setup`: the first run on a real database (docs/access.md). Creates the first ADMIN and organisation, then signs them in. */
export function SetupPage() {
  usePageTitle('Set up ESM Planner');
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const status = useQuery(SetupStatusDocument, { fetchPolicy: 'network-only' });
  const [completeSetup, { loading: saving }] = useMutation(
    CompleteSetupDocument,
  );
  const [values, setValues] = useState(() =>
    initialSetupValues(browserTimeZone()),
  );
  // The API has the only word on these fields (the code, a taken e-mail, a currency it does not know).
  const checks = useFormProblems(SETUP_LABELS, NO_CLIENT_CHECKS);

  if (session) return <Navigate to={PATHS.home} replace />;
  if (status.loading) return <LoadingState label="Loading ESM Planner…" />;
  if (status.error || !status.data) {
    return (
      <StandalonePage title="Set up ESM Planner" testId="setup-page">
        <ErrorBanner
          title="ESM Planner could not be reached"
          messages={[describeApiError(status.error)]}
          action={
            <Button onClick={() => void status.refetch()}>Try again</Button>
          }
        />
      </StandalonePage>
    );
  }
  if (!status.data.setupStatus.required)
    return <Navigate to={PATHS.login} replace />;

  const errors = checks.problems.fields;
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

  return (
    <StandalonePage title="Set up ESM Planner" testId="setup-page">
      <p className="setup__intro">
        Nobody has an account here yet. Create the first administrator and your
        organisation; you can invite everyone else afterwards.
      </p>
      <form
        className="setup__form"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <ErrorSummary
          problems={checks.problems}
          labels={SETUP_LABELS}
          attempt={checks.attempt}
          title="Setup did not complete"
        />
        <fieldset className="setup__group">
          <legend>Prove you run this server</legend>
          <TextField
            label={SETUP_LABELS.setupCode}
            name="setupCode"
            required
            autoComplete="off"
            value={values.setupCode}
            error={errors.setupCode}
            hint="The server prints it in its log at every start, on a line “Setup code: …”."
            onChange={(value) => set('setupCode', value)}
          />
        </fieldset>
        <fieldset className="setup__group">
          <legend>You, the first administrator</legend>
          <PersonFields
            who="self"
            labels={SETUP_LABELS}
            values={values}
            errors={errors}
            onChange={set}
          />
        </fieldset>
        <fieldset className="setup__group">
          <legend>Your organisation</legend>
          <OrganizationFields
            values={{
              name: values.organizationName,
              currency: values.currency,
              timeZone: values.timeZone,
            }}
            errors={errors}
            inputNames={{ name: 'organizationName' }}
            labels={{
              name: SETUP_LABELS.organizationName,
              currency: SETUP_LABELS.currency,
              timeZone: SETUP_LABELS.timeZone,
            }}
            onChange={(field, value) =>
              set(field === 'name' ? 'organizationName' : field, value)
            }
          />
        </fieldset>
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={saving}
            className="setup__submit"
            testId="setup-submit"
          >
            Create and sign in
          </Button>
        </FormActions>
      </form>
    </StandalonePage>
  );
}
