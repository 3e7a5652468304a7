import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import {
  describeApiError,
  OrganizationsDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import {
  pickOrganization,
  readRememberedOrganization,
} from '../../features/organizations/organization-choice';
import { browserStorage } from '../session/browser-storage';
import { PATHS } from './paths';
import { usePageTitle } from './usePageTitle';

/** `/`: opens the organisation chosen last time, or the first one. */
export function HomeRedirect() {
  usePageTitle('Organisations');
  const { data, loading, error, refetch } = useQuery(OrganizationsDocument);
  if (loading) return <LoadingState label="Loading your organisations…" />;
  if (error || !data) {
    return (
      <ErrorBanner
        title="Your organisations could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  }
  const organization = pickOrganization(
    data.organizations,
    readRememberedOrganization(browserStorage()),
  );
  if (!organization) {
    return (
      <EmptyState
        title="You are not in any organisation yet"
        description="Ask an administrator of your ESM Planner instance to add you to an organisation."
      />
    );
  }
  return <Navigate to={PATHS.organization(organization.id)} replace />;
}
