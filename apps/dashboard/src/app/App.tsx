import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import type { SessionStore } from '@esm-planner/dashboard-data-access-graphql';
import type { createAppRouter } from './routing/router';
import { SessionProvider } from './session/SessionContext';

export type AppProps = {
  client: ApolloClient;
  sessionStore: SessionStore;
  /** One router for the lifetime of the page (main.tsx creates it). */
  router: ReturnType<typeof createAppRouter>;
};

export function App({ client, sessionStore, router }: AppProps) {
  return (
    <SessionProvider store={sessionStore}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </SessionProvider>
  );
}
