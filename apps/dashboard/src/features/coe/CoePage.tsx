import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { CoePageDocument } from '@esm-planner/dashboard-data-access-graphql';
import { PageHeader } from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canEditCatalogue, isCoeOrAdmin } from '../access/roles';
import { organizationPageState } from '../organizations/organization-page-state';
import { CoeRolesCard } from './CoeRolesCard';
import { EnhancementBacklog } from './EnhancementBacklog';
import { GovernanceCard } from './GovernanceCard';
import { NewEnhancementForm } from './NewEnhancementForm';
import '../catalog/catalog.css';
import './coe.css';

/** `/organizations/:organizationId/coe`: the Centre of Excellence's roles and the ranked enhancement backlog. */
export function CoePage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoePageDocument, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const organization = data?.organization;
  usePageTitle('CoE', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the CoE…',
    errorTitle: 'The CoE could not be loaded',
  });
  if (fallback || !organization || !data?.coe) return fallback;
  const changed = () => void refetch();
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Centre of Excellence"
        description="The seven functions that sustain the programme, who holds them, and the enhancement backlog: ranked by value for effort, because saying yes to everything loses support."
      />
      <div className="catalog-stack">
        <CoeRolesCard
          organizationId={organization.id}
          coe={data.coe}
          canEdit={isCoeOrAdmin(organization.myRole)}
          onChanged={changed}
        />
        <GovernanceCard
          organizationId={organization.id}
          departments={organization.departments}
          canEdit={isCoeOrAdmin(organization.myRole)}
        />
        <EnhancementBacklog
          organizationName={organization.name}
          requests={data.enhancementRequests}
          canDecide={isCoeOrAdmin(organization.myRole)}
          onChanged={changed}
        />
        {canEditCatalogue(organization.myRole) &&
        organization.departments.length > 0 ? (
          <NewEnhancementForm
            departments={organization.departments}
            onSaved={changed}
          />
        ) : null}
      </div>
    </>
  );
}
