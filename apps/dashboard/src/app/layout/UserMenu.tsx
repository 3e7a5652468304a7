import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Button } from '@esm-planner/dashboard-ui';
import { useSession, useSessionStore } from '../session/SessionContext';

/** Who is signed in, and the way out. */
export function UserMenu() {
  const session = useSession();
  const store = useSessionStore();
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  const [signingOut, setSigningOut] = useState(false);

  async function signOut(): Promise<void> {
    setSigningOut(true);
    try {
      await logout();
    } catch {
      // The server may already have ended the session; sign out locally anyway.
    }
    store.clear('signed-out');
    await client.clearStore();
  }

  if (!session) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name" title={session.user.email}>
        {session.user.name}
      </span>
      <Button
        size="sm"
        loading={signingOut}
        onClick={() => void signOut()}
        testId="sign-out"
      >
        Sign out
      </Button>
    </div>
  );
}
