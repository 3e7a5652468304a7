import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, useSessionStore } from '../session/SessionContext';
import { PATHS } from './paths';

/** Where the login page sends the person back to once they have signed in. */
export type LoginLocationState = { from?: string };

export type RequireSessionProps = {
  children: ReactNode;
};

/** Shows its children to a signed-in person; sends everyone else to log in. */
export function RequireSession({ children }: RequireSessionProps) {
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  if (session) return children;
  // After signing out on purpose, start afresh; after an expired session,
  // come back to the page the person was on.
  const state: LoginLocationState =
    store.endReason() === 'signed-out'
      ? {}
      : { from: `${location.pathname}${location.search}` };
  return <Navigate to={PATHS.login} replace state={state} />;
}
