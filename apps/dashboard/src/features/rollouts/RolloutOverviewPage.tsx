import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { RolloutOverviewDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Card, PageHeader } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { TableWithDownload } from '../exports/TableWithDownload';
import { organizationPageState } from '../organizations/organization-page-state';
import {
  ROLLOUT_OVERVIEW_CSV_COLUMNS,
  rolloutOverviewColumns,
  type RolloutOverviewRow,
} from './rollout-overview-columns';
import './rollouts.css';

/** `/organizations/:organizationId/rollout`: every department's plan status, with links to each plan. */
export function RolloutOverviewPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RolloutOverviewDocument, {
    variables: { organizationId },
  });
  const organization = data?.organization;
  usePageTitle('Rollout', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the rollouts…',
    errorTitle: 'The rollouts could not be loaded',
  });
  if (fallback || !organization) return fallback;

  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Rollout"
        description="Every department’s 90-day plan today: its phase, its status and what blocks the next phase. Departments without a plan wait for their turn on the roadmap."
      />
      <Card as="section" testId="rollout-overview">
        <TableWithDownload<RolloutOverviewRow>
          title="Plans by department"
          headingLevel="h2"
          rows={organization.departments}
          rowKey={(row) => row.id}
          fileName={csvFileName(organization.name, 'rollout-plans')}
          columns={rolloutOverviewColumns(organization.id)}
          csvColumns={ROLLOUT_OVERVIEW_CSV_COLUMNS}
          testId="rollout-overview-table"
        />
      </Card>
    </>
  );
}
