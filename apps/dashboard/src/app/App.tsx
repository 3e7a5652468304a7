import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { BrowserHistory } from 'history';
import {
  type HistoryRouterProps,
  unstable_HistoryRouter as HistoryRouter,
} from 'react-router';
import type { SessionStore } from '@esm-planner/dashboard-data-access-graphql';
import { BrowserHistoryContext } from './routing/navigation-blocker';
import { AppRoutes } from './routing/router';
import { SessionProvider } from './session/SessionContext';

export type AppProps = {
  client: ApolloClient;
  sessionStore: SessionStore;
  /** One browser history for the lifetime of the page (main.tsx creates it). */
  history: BrowserHistory;
};

export function App({ client, sessionStore, history }: AppProps) {
  return (
    <SessionProvider store={sessionStore}>
      <ApolloProvider client={client}>
        {/* react-router types its own History, whose createURL and
            encodeLocation it calls only when present (7.18): the history
            package's lacks them and gives the `block` the guard needs. */}
        <HistoryRouter
          history={history as unknown as HistoryRouterProps['history']}
        >
          <BrowserHistoryContext.Provider value={history}>
            <AppRoutes />
          </BrowserHistoryContext.Provider>
        </HistoryRouter>
      </ApolloProvider>
    </SessionProvider>
  );
}
