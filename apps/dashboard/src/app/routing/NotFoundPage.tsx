import { Link } from 'react-router';
import { StandalonePage } from '../layout/StandalonePage';
import { PATHS } from './paths';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <StandalonePage title="Page not found" testId="not-found-page">
      <p>
        There is no page at this address. It may have moved, or the link may be
        mistyped.
      </p>
      <p>
        <Link to={PATHS.home}>Go to your organisation’s overview</Link>
      </p>
    </StandalonePage>
  );
}
