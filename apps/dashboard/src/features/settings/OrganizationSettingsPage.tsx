import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { OrganizationSettingsDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Card, PageHeader } from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { roleLabel } from '../access/roles';
import { organizationPageState } from '../organizations/organization-page-state';
import { AnotherOrganizationCard } from './AnotherOrganizationCard';
import {
  canManageOrganization,
  rebuildInProgress,
} from './organization-settings';
import { RebuildStatus } from './RebuildStatus';
import { SettingsFormCard } from './SettingsFormCard';
import { useOrganizationSettingsForm } from './useOrganizationSettingsForm';
import './settings.css';

/** How often the page asks how far a rebuild is. */
const REBUILD_POLL_MS = 1_000;

/** `/organizations/:organizationId/settings`: name, currency and time zone; a zone change rebuilds the request data. */
export function OrganizationSettingsPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(
    OrganizationSettingsDocument,
    { variables: { organizationId } },
  );
  const organization = data?.organization;
  usePageTitle('Settings', organization?.name);
  const settings = useOrganizationSettingsForm(
    organizationId,
    organization,
    refetch,
  );
  const running = rebuildInProgress(organization?.rollupRebuild);

  useEffect(() => {
    if (running) startPolling(REBUILD_POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the settings…',
    errorTitle: 'The settings could not be loaded',
  });
  if (fallback || !organization) return fallback;
  const { form } = settings;
  if (!form) return null;
  const editable = canManageOrganization(organization.myRole);

  return (
    <>
      <PageHeader
        eyebrow="Organisation settings"
        title={organization.name}
        description={`Your role: ${roleLabel(organization.myRole)}`}
      />
      <div className="settings-page">
        {organization.rollupRebuild ? (
          <Card
            as="section"
            title="Time zone change"
            testId="rollup-rebuild-card"
          >
            <RebuildStatus rebuild={organization.rollupRebuild} />
          </Card>
        ) : null}
        <SettingsFormCard
          organization={organization}
          editable={editable}
          running={running}
          settings={{ ...settings, form }}
        />
        {editable ? (
          <AnotherOrganizationCard organizationId={organization.id} />
        ) : null}
      </div>
    </>
  );
}
