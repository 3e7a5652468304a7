import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createApolloClient,
  createSessionStore,
} from '@esm-planner/dashboard-data-access-graphql';
import { App } from './app/App';
import { browserStorage } from './app/session/browser-storage';
import { CONFIG } from './config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const sessionStore = createSessionStore({ storage: browserStorage() });
const client = createApolloClient({ uri: CONFIG.graphqlUrl, sessionStore });

createRoot(container).render(
  <StrictMode>
    <App client={client} sessionStore={sessionStore} />
  </StrictMode>,
);
