import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import {
  CompleteSetupDocument,
  describeApiError,
  formProblemsFromError,
  SetupStatusDocument,
  type FormProblems,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  ErrorBanner,
  FormActions,
  LoadingState,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../../app/layout/StandalonePage';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { useSession, useSessionStore } from '../../app/session/SessionContext';
import { timeZoneOptions } from '../settings/organization-settings';
import {
  browserTimeZone,
  initialSetupValues,
  SETUP_FIELDS,
  setupInput,
  type SetupField,
} from './setup-form';
import './setup.css';

const NO_PROBLEMS: FormProblems<SetupField> = { fields: {}, other: [] };

/** `/setup`: the first run on a real database (docs/access.md). Creates the first ADMIN and organisation, then signs them in. */
export function SetupPage() {
  usePageTitle('Set up ESM Planner');
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const status = useQuery(SetupStatusDocument, { fetchPolicy: 'network-only' });
  const [completeSetup, { loading: saving }] = useMutation(CompleteSetupDocument);
  const [values, setValues] = useState(() => initialSetupValues(browserTimeZone()));
  const [problems, setProblems] = useState(NO_PROBLEMS);

  if (session) return <Navigate to={PATHS.home} replace />;
  if (status.loading) return <LoadingState label="Loading ESM Planner…" />;
  if (status.error || !status.data) {
    return (
      <StandalonePage title="Set up ESM Planner" testId="setup-page">
        <ErrorBanner
          title="ESM Planner could not be reached"
          messages={[describeApiError(status.error)]}
          action={<Button onClick={() => void status.refetch()}>Try again</Button>}
        />
      </StandalonePage>
    );
  }
  if (!status.data.setupStatus.required) return <Navigate to={PATHS.login} replace />;

  const set = (field: SetupField) => (value: string) => setValues({ ...values, [field]: value });

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    try {
      const { data } = await completeSetup({ variables: { input: setupInput(values) } });
      if (!data) throw new Error('completeSetup returned no data');
      await client.clearStore();
      // Signed in: the router sends the new ADMIN home, to the organisation's checklist.
      store.save(data.completeSetup);
    } catch (failure) {
      // Everything stays as typed (the password too): the person fixes only the field named.
      setProblems(formProblemsFromError(failure, SETUP_FIELDS));
    }
  }

  return (
    <StandalonePage title="Set up ESM Planner" testId="setup-page">
      <p className="setup__intro">
        Nobody has an account here yet. Create the first administrator and your organisation; you can invite everyone
        else afterwards.
      </p>
      {problems.other.length > 0 ? (
        <ErrorBanner title="Setup did not complete" messages={problems.other} testId="setup-error" />
      ) : null}
      <form className="setup__form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="setup__group">
          <legend>Prove you run this server</legend>
          <TextField
            label="Setup code"
            name="setupCode"
            required
            autoComplete="off"
            value={values.setupCode}
            error={problems.fields.setupCode}
            hint="The server prints it in its log at every start, on a line “Setup code: …”."
            onChange={set('setupCode')}
          />
        </fieldset>
        <fieldset className="setup__group">
          <legend>You, the first administrator</legend>
          <TextField label="Your name" name="name" required autoComplete="name" value={values.name} error={problems.fields.name} onChange={set('name')} />
          <TextField
            label="E-mail"
            name="email"
            type="email"
            required
            autoComplete="username"
            value={values.email}
            error={problems.fields.email}
            hint="You sign in with it."
            onChange={set('email')}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            required
            autoComplete="new-password"
            value={values.password}
            error={problems.fields.password}
            hint="At least 10 characters."
            onChange={set('password')}
          />
        </fieldset>
        <fieldset className="setup__group">
          <legend>Your organisation</legend>
          <TextField
            label="Organisation name"
            name="organizationName"
            required
            autoComplete="organization"
            value={values.organizationName}
            error={problems.fields.organizationName}
            onChange={set('organizationName')}
          />
          <SelectField
            label="Time zone"
            name="timeZone"
            required
            value={values.timeZone}
            options={timeZoneOptions(values.timeZone)}
            error={problems.fields.timeZone}
            hint="Weeks and months are counted in it."
            onChange={set('timeZone')}
          />
          <TextField
            label="Currency"
            name="currency"
            required
            maxLength={3}
            value={values.currency}
            error={problems.fields.currency}
            hint="ISO 4217 code, e.g. EUR, GBP, USD: every money figure is in it."
            onChange={set('currency')}
          />
        </fieldset>
        <FormActions>
          <Button type="submit" variant="primary" loading={saving} className="setup__submit" testId="setup-submit">
            Create and sign in
          </Button>
        </FormActions>
      </form>
    </StandalonePage>
  );
}
