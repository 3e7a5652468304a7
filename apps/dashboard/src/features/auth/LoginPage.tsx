import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import { SetupStatusDocument } from '@esm-planner/dashboard-data-access-graphql';
import { InlineNotice } from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../../app/layout/StandalonePage';
import type { LoginLocationState } from '../../app/routing/RequireSession';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { useSession, useSessionStore } from '../../app/session/SessionContext';
import { LoginForm } from './LoginForm';
import './LoginPage.css';

export function LoginPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  // A database with no user yet opens on the setup page instead (docs/access.md).
  const setup = useQuery(SetupStatusDocument, { skip: Boolean(session) });

  if (setup.data?.setupStatus.required)
    return <Navigate to={PATHS.setup} replace />;
  if (session) {
    const { from } = (location.state ?? {}) as LoginLocationState;
    return <Navigate to={from ?? PATHS.home} replace />;
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
      <LoginForm />
    </StandalonePage>
  );
}
