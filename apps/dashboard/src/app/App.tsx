import { useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import type { SessionStore } from '@esm-planner/dashboard-data-access-graphql';
import { createAppRouter } from './routing/router';
import { SessionProvider } from './session/SessionContext';

export type AppProps = {
  client: ApolloClient;
  sessionStore: SessionStore;
};

export function App({ client, sessionStore }: AppProps) {
  // One router for the lifetime of the page, created on first render.
  const [router] = useState(() => createAppRouter({ client, sessionStore }));
  return (
    <SessionProvider store={sessionStore}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </SessionProvider>
  );
}
