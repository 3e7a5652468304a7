import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Button } from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../layout/StandalonePage';
import { PATHS } from './paths';
import { usePageTitle } from './usePageTitle';

/**
 * The last line of defence when a page fails to load or render. It shows a
 * plain sentence and a way forward, never the error's stack or message.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? 'Page not found' : 'This page could not be shown';
  usePageTitle(title);
  return (
    <StandalonePage title={title}>
      <p>
        {notFound
          ? 'There is no page at this address.'
          : 'Something went wrong while loading this page. A newer version of ESM Planner may have been installed: reloading usually helps.'}
      </p>
      <p className="standalone-page__actions">
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
        <Link to={PATHS.home}>Go to the overview</Link>
      </p>
    </StandalonePage>
  );
}
