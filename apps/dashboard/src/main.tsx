import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createApolloClient,
  createSessionStore,
} from '@esm-planner/dashboard-data-access-graphql';
import { App } from './app/App';
import { createAppRouter } from './app/routing/router';
import { browserStorage } from './app/session/browser-storage';
import { CONFIG } from './config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const sessionStore = createSessionStore({ storage: browserStorage() });
const client = createApolloClient({ uri: CONFIG.graphqlUrl, sessionStore });
// Created before React's first render: the router starts the first page's
// code and its preloaded queries at once (decision 0028), not once React
// has scheduled and run the render that would create it.
const router = createAppRouter({ client, sessionStore });

createRoot(container).render(
  <StrictMode>
    <App client={client} sessionStore={sessionStore} router={router} />
  </StrictMode>,
);
