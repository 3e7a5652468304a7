import { createBrowserHistory } from 'history';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createApolloClient,
  createSessionStore,
} from '@esm-planner/dashboard-data-access-graphql';
import { App } from './app/App';
import { preloadPageQueries } from './app/routing/preload-queries';
import { PATHS } from './app/routing/paths';
import { preloadPageCode } from './app/routing/router';
import { browserStorage } from './app/session/browser-storage';
import { CONFIG } from './config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const sessionStore = createSessionStore({ storage: browserStorage() });
const client = createApolloClient({ uri: CONFIG.graphqlUrl, sessionStore });
const history = createBrowserHistory();
// Before React's first render: the first page's queries and its code start
// at once (decisions 0028, 0032), not once React has scheduled and run the
// render that would ask for them. A later navigation's queries start as the
// address changes, beside the download of the page's code.
const preload = { client, sessionStore };
const firstPageData = preloadPageQueries(preload, history.location.pathname);
// React renders once the first page's code is here, so that page never shows
// a Suspense fallback, which React 19 would keep on screen 300 ms at least
// (decision 0034); index.html shows the same loading line until then. Signed
// out, a page behind the sign-in sends to the login page: its code too.
const firstPageCode = Promise.all([
  preloadPageCode(history.location.pathname),
  sessionStore.read() ? undefined : preloadPageCode(PATHS.login),
]);
history.listen(({ location }) => {
  void preloadPageQueries(preload, location.pathname);
});

// …and once its first queries have answered, so that it renders once, with
// its data, rather than a page of loading lines that the answers then redraw
// whole: on a cold load that second render was the first chart's longest
// task. A slow answer waits FIRST_DATA_WAIT_MS at most; the page's own
// loading states show after that (decision 0035).
const FIRST_DATA_WAIT_MS = 400;
const firstPageDataOrTimeout = Promise.race([
  firstPageData,
  new Promise<void>((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS)),
]);

void Promise.all([firstPageCode, firstPageDataOrTimeout]).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App client={client} sessionStore={sessionStore} history={history} />
    </StrictMode>,
  ),
);
