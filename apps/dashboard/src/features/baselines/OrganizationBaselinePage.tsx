import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { OrganizationBaselineDocument } from '@esm-planner/dashboard-data-access-graphql';
import { EmptyState, PageHeader } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { organizationPageState } from '../organizations/organization-page-state';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { BaselineSummaryCard } from './BaselineSummaryCard';
import { baselineSummary } from './baseline-sentences';
import { ChannelVolumeCard } from './ChannelVolumeCard';
import { DepartmentComparisonCard } from './DepartmentComparisonCard';
import { orderDepartments } from './organization-baseline';
import { RequestTypesCard } from './RequestTypesCard';
import './baselines.css';

// The organisation has no word of its own: its totals count "requests".
const ORGANIZATION_WORD = 'request';

/** `/organizations/:organizationId/baseline`: the organisation's totals and its departments side by side. */
export function OrganizationBaselinePage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(
    OrganizationBaselineDocument,
    {
      variables: { organizationId },
      fetchPolicy: 'cache-and-network',
    },
  );
  const organization = data?.organization;
  usePageTitle('Baseline', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the baseline…',
    errorTitle: 'The baseline could not be loaded',
  });
  if (fallback || !organization || !data) return fallback;

  const totals = data.organizationBaseline;
  const stem = `${organization.name} ${totals?.windowStart ?? ''}`;
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Baseline"
        description="What each department handles today, through which channels and how fast, from its latest two-week audit."
      />
      {totals ? (
        <div className="baseline-stack">
          <BaselineSummaryCard
            title="The organisation"
            titleAs="h2"
            sentence={baselineSummary(
              organization.name,
              ORGANIZATION_WORD,
              totals,
            )}
            baseline={totals}
            vocabulary={ORGANIZATION_WORD}
            testId="organization-summary"
          />
          <DepartmentComparisonCard
            organizationId={organization.id}
            organizationName={organization.name}
            departments={orderDepartments(organization.departments)}
          />
          <ChannelVolumeCard
            titleAs="h2"
            name={organization.name}
            vocabulary={ORGANIZATION_WORD}
            totalRequests={totals.totalRequests}
            byChannel={totals.byChannel}
            fileStem={stem}
          />
          <RequestTypesCard
            titleAs="h2"
            vocabulary={ORGANIZATION_WORD}
            types={totals.topRequestTypes}
            fileStem={stem}
          />
        </div>
      ) : (
        <EmptyState
          title="No audit yet"
          description="Import a two-week audit to see what each department handles, through which channels and how fast."
          action={
            <Link to={PATHS.imports(organization.id)}>Go to Imports</Link>
          }
          testId="baseline-empty"
        />
      )}
    </>
  );
}
