import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { CataloguePageDocument } from '@esm-planner/dashboard-data-access-graphql';
import { EmptyState, PageHeader, SelectField } from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canEditCatalogue } from '../access/roles';
import { organizationPageState } from '../organizations/organization-page-state';
import { DepartmentCatalogue } from './DepartmentCatalogue';
import './catalog.css';

/** `/organizations/:organizationId/catalogue`: each department's catalogue, owned and reviewed. */
export function CataloguePage() {
  const { organizationId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(CataloguePageDocument, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const organization = data?.organization;
  usePageTitle('Catalogue', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the catalogue…',
    errorTitle: 'The catalogue could not be loaded',
  });
  if (fallback || !organization) return fallback;

  const departments = organization.departments;
  const department =
    departments.find((d) => d.id === search.get('department')) ??
    departments[0];
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="Catalogue"
        description="Every service a department offers, in its own words, with a named owner, an SLA target and a quarterly review. Flags show what is missing as of today."
      />
      {department ? (
        <>
          <div className="catalog-toolbar">
            <SelectField
              label="Department"
              name="department"
              value={department.id}
              onChange={(value) => setSearch({ department: value })}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              layout="inline"
            />
          </div>
          <DepartmentCatalogue
            key={department.id}
            departmentId={department.id}
            departmentName={department.name}
            vocabulary={department.vocabulary}
            canEdit={canEditCatalogue(organization.myRole)}
          />
        </>
      ) : (
        <EmptyState
          title="No departments yet"
          description="Add a department on the overview to build its catalogue."
        />
      )}
    </>
  );
}
