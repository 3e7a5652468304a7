import { Link } from 'react-router';
import { Button } from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../layout/StandalonePage';
import { PATHS } from './paths';
import { usePageTitle } from './usePageTitle';

const TITLE = 'This page could not be shown';

/**
 * The last line of defence when a page fails to load or render (the error
 * boundary in router.tsx shows it). It shows a plain sentence and a way
 * forward, never the error's stack or message. An unknown address is not an
 * error: the `*` route shows NotFoundPage.
 */
export function RouteErrorPage() {
  usePageTitle(TITLE);
  return (
    <StandalonePage title={TITLE}>
      <p>
        Something went wrong while loading this page. A newer version of ESM
        Planner may have been installed: reloading usually helps.
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
