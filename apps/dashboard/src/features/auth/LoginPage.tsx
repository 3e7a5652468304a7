import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import {
  describeApiError,
  LoginDocument,
  SetupStatusDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  ErrorBanner,
  FormActions,
  InlineNotice,
  TextField,
} from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../../app/layout/StandalonePage';
import type { LoginLocationState } from '../../app/routing/RequireSession';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { useSession, useSessionStore } from '../../app/session/SessionContext';
import './LoginPage.css';

export function LoginPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A database with no user yet opens on the setup page instead (docs/access.md).
  const setup = useQuery(SetupStatusDocument, { skip: Boolean(session) });

  if (setup.data?.setupStatus.required)
    return <Navigate to={PATHS.setup} replace />;
  if (session) {
    const { from } = (location.state ?? {}) as LoginLocationState;
    return <Navigate to={from ?? PATHS.home} replace />;
  }

  async function signIn(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await login({
        variables: { email: email.trim(), password },
      });
      if (!data) throw new Error('login returned no data');
      // Nothing cached for a previous person may leak into this session.
      await client.clearStore();
      store.save(data.login);
    } catch (failure) {
      setError(describeApiError(failure));
      setPassword('');
    }
  }

  return (
    <StandalonePage title="Sign in" testId="login-page">
      <p className="login__intro">
        Plan, measure and justify service management beyond IT.
      </p>
      {store.endReason() === 'expired' ? (
        <InlineNotice tone="info">
          Your session has ended. Sign in again to continue.
        </InlineNotice>
      ) : null}
      {error ? (
        <ErrorBanner
          title="Sign-in failed"
          messages={[error]}
          testId="login-error"
        />
      ) : null}
      <form
        className="login__form"
        onSubmit={(event) => void signIn(event)}
        noValidate
      >
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            className="login__submit"
          >
            Sign in
          </Button>
        </FormActions>
      </form>
    </StandalonePage>
  );
}
