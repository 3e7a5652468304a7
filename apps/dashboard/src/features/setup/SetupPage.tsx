import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import {
  describeApiError,
  SetupStatusDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { Button, ErrorBanner, LoadingState } from '@esm-planner/dashboard-ui';
import { StandalonePage } from '../../app/layout/StandalonePage';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { useSession } from '../../app/session/SessionContext';
import { SetupForm } from './SetupForm';
import { useSetupForm } from './useSetupForm';
import './setup.css';

/** `/setup`: the first run on a real database (docs/access.md). Creates the first ADMIN and organisation, then signs them in. */
export function SetupPage() {
  usePageTitle('Set up ESM Planner');
  const session = useSession();
  const status = useQuery(SetupStatusDocument, { fetchPolicy: 'network-only' });
  const form = useSetupForm();

  if (session) return <Navigate to={PATHS.home} replace />;
  if (status.loading) return <LoadingState label="Loading ESM Planner…" />;
  if (status.error || !status.data) {
    return (
      <StandalonePage title="Set up ESM Planner" testId="setup-page">
        <ErrorBanner
          title="ESM Planner could not be reached"
          messages={[describeApiError(status.error)]}
          action={
            <Button onClick={() => void status.refetch()}>Try again</Button>
          }
        />
      </StandalonePage>
    );
  }
  if (!status.data.setupStatus.required)
    return <Navigate to={PATHS.login} replace />;

  return (
    <StandalonePage title="Set up ESM Planner" testId="setup-page">
      <p className="setup__intro">
        Nobody has an account here yet. Create the first administrator and your
        organisation; you can invite everyone else afterwards.
      </p>
      <SetupForm {...form} />
    </StandalonePage>
  );
}
