import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ProgrammeOverviewPageDocument } from '@esm-planner/dashboard-data-access-graphql';
import { PageHeader } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { roleLabel } from '../access/roles';
import { formatDate } from '../formatting/format';
import { organizationPageState } from '../organizations/organization-page-state';
import { rebuildInProgress } from '../settings/organization-settings';
import { RebuildStatus } from '../settings/RebuildStatus';
import { GettingStartedCard } from './GettingStartedCard';
import { HeadlineCards } from './HeadlineCards';
import { ProgrammeLists } from './ProgrammeLists';
import { TimelineCard } from './TimelineCard';
import './overview.css';

const REBUILD_POLL_MS = 2_000;

/**
 * `/organizations/:organizationId`: what an IT leader sees first — whether
 * the programme pays back as planned, which department is behind, and what
 * each rollout still needs — from one programmeOverview request.
 */
export function ProgrammeOverviewPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(
    ProgrammeOverviewPageDocument,
    { variables: { organizationId } },
  );
  const organization = data?.organization;
  usePageTitle('Overview', organization?.name);
  // While the request data is rebuilt in a new time zone, the page says so and
  // follows it; the figures switch to the new zone when it is done.
  const rebuilding = rebuildInProgress(organization?.rollupRebuild);
  useEffect(() => {
    if (rebuilding) startPolling(REBUILD_POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [rebuilding, startPolling, stopPolling]);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the programme overview…',
    errorTitle: 'The overview could not be loaded',
  });
  if (fallback || !organization || !data?.programmeOverview) return fallback;
  const overview = data.programmeOverview;
  const checklist = data.gettingStarted;

  return (
    <div className="programme-overview" data-testid="programme-overview">
      <PageHeader
        eyebrow="Programme overview"
        title={organization.name}
        description={`As of ${formatDate(overview.asOf)} · Time zone ${organization.timeZone} · Currency ${organization.currency} · Your role: ${roleLabel(organization.myRole)}`}
        actions={
          <Link
            className="programme-overview__link"
            to={PATHS.departments(organization.id)}
            data-testid="overview-departments-link"
          >
            All departments
          </Link>
        }
      />
      {rebuilding && organization.rollupRebuild ? (
        <div className="programme-overview__wide">
          <RebuildStatus rebuild={organization.rollupRebuild} />
        </div>
      ) : null}
      {/* A new organisation opens on its checklist; the figures join it once there is data, and it goes once every step is done. */}
      {checklist.complete ? null : (
        <GettingStartedCard
          organizationId={organization.id}
          steps={checklist.steps}
        />
      )}
      {checklist.empty ? null : (
        <>
          <HeadlineCards overview={overview} organizationId={organization.id} />
          <TimelineCard
            overview={overview}
            organizationId={organization.id}
            organizationName={organization.name}
          />
          <ProgrammeLists
            overview={overview}
            organizationId={organization.id}
          />
        </>
      )}
    </div>
  );
}
