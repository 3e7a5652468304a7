import type { ReactElement } from 'react';
import { Link } from 'react-router';
import {
  describeApiError,
  graphQLErrorsOf,
  hasErrorCode,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  LoadingState,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';

/**
 * What an organisation page shows instead of its content: loading, "not
 * found" (a missing id and another organisation's look the same), or an
 * error with a retry; null once the organisation is there. Data already on
 * screen stays while it is refetched, even if the refetch fails.
 */
export function organizationPageState({
  hasData,
  hasOrganization,
  loading,
  error,
  refetch,
  loadingLabel,
  errorTitle,
}: {
  hasData: boolean;
  hasOrganization: boolean;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  loadingLabel: string;
  errorTitle: string;
}): ReactElement | null {
  if (!hasData && loading) return <LoadingState label={loadingLabel} />;
  if (
    hasErrorCode(graphQLErrorsOf(error), 'NOT_FOUND') ||
    (hasData && !hasOrganization)
  ) {
    return (
      <EmptyState
        title="Organisation not found"
        description="It does not exist, or you are not a member of it."
        action={<Link to={PATHS.home}>Go to your organisations</Link>}
      />
    );
  }
  if (!hasOrganization) {
    return (
      <ErrorBanner
        title={errorTitle}
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  }
  return null;
}
