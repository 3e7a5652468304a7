import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  describeApiError,
  LoginDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  ErrorBanner,
  FormActions,
  TextField,
} from '@esm-planner/dashboard-ui';
import { useSessionStore } from '../../app/session/SessionContext';

/** The e-mail and password form, and why a sign-in failed above it. */
export function LoginForm() {
  const store = useSessionStore();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

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
    <>
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
    </>
  );
}
