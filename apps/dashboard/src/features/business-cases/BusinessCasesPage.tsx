import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  BusinessCasesPageDocument,
  type BusinessCasesPageQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import { Card, EmptyState, PageHeader, Table } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { formatDateTime } from '../formatting/format';
import { organizationPageState } from '../organizations/organization-page-state';
import { canWriteBusinessCases } from './case-access';
import { NewBusinessCaseCard } from './NewBusinessCaseCard';
import './business-cases.css';

type Organization = NonNullable<BusinessCasesPageQuery['organization']>;
type Summary = BusinessCasesPageQuery['businessCases'][number];

/** `/organizations/:organizationId/business-cases`: the saved cases and a new one prefilled from the audits. */
export function BusinessCasesPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(
    BusinessCasesPageDocument,
    { variables: { organizationId }, fetchPolicy: 'cache-and-network' },
  );
  const organization = data?.organization;
  usePageTitle('Business cases', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the business cases…',
    errorTitle: 'The business cases could not be loaded',
  });
  if (fallback || !organization || !data) return fallback;
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Business cases"
        description="What expanding service management costs, what it saves and when it pays back — for the CIO, department heads and Finance."
      />
      <div className="case-list-layout">
        <SavedCasesCard
          organization={organization}
          cases={data.businessCases}
        />
        {canWriteBusinessCases(organization.myRole) ? (
          <NewBusinessCaseCard organization={organization} />
        ) : null}
      </div>
    </>
  );
}

/** The organisation's saved cases, each linking to its page. */
function SavedCasesCard({
  organization,
  cases,
}: {
  organization: Organization;
  cases: readonly Summary[];
}) {
  return (
    <Card title="Saved cases" testId="business-case-list">
      {cases.length === 0 ? (
        <EmptyState
          title="No business case yet"
          description="Start one from the organisation's audits."
        />
      ) : (
        <Table<Summary>
          caption="Saved business cases"
          columns={[
            {
              key: 'name',
              header: 'Case',
              cell: (c) => (
                <Link to={PATHS.businessCase(organization.id, c.id)}>
                  {c.name}
                </Link>
              ),
              isRowHeader: true,
            },
            {
              key: 'version',
              header: 'Version',
              cell: (c) => c.version,
              align: 'end',
            },
            {
              key: 'saved',
              header: 'Last saved',
              cell: (c) =>
                formatDateTime(String(c.savedAt), organization.timeZone),
            },
          ]}
          rows={cases}
          rowKey={(c) => c.id}
        />
      )}
    </Card>
  );
}
