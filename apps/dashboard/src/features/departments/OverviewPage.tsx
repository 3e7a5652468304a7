import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { OrganizationOverviewDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Button, Icon, PageHeader } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { organizationPageState } from '../organizations/organization-page-state';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canManageDepartments, roleLabel } from '../access/roles';
import { DepartmentsSection } from './DepartmentsSection';
import { NewDepartmentForm } from './NewDepartmentForm';
import './departments.css';

const FORM_ID = 'new-department';

/** `/organizations/:organizationId/departments`: every department the person may see, as cards. */
export function OverviewPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(
    OrganizationOverviewDocument,
    { variables: { organizationId } },
  );
  const [formOpen, setFormOpen] = useState(false);
  const [createdName, setCreatedName] = useState<string | null>(null);
  const organization = data?.organization;
  usePageTitle('Departments', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading departments…',
    errorTitle: 'The overview could not be loaded',
  });
  if (fallback || !organization) return fallback;

  const canManage = canManageDepartments(organization.myRole);
  const { departments } = organization;
  const openForm = () => {
    setCreatedName(null);
    setFormOpen(true);
  };
  const newButton = (
    <Button
      variant="primary"
      icon={<Icon name="plus" />}
      ariaExpanded={formOpen}
      ariaControls={FORM_ID}
      onClick={openForm}
    >
      New department
    </Button>
  );

  return (
    <>
      <PageHeader
        eyebrow={
          <Link className="back-link" to={PATHS.organization(organization.id)}>
            <Icon name="back" size={16} />
            {organization.name} overview
          </Link>
        }
        title="Departments"
        description={`${departments.length} ${departments.length === 1 ? 'department' : 'departments'} · Time zone ${organization.timeZone} · Currency ${organization.currency} · Your role: ${roleLabel(organization.myRole)}`}
        actions={canManage && !formOpen ? newButton : undefined}
      />
      <p className="overview__status" role="status">
        {createdName
          ? `“${createdName}” was added to ${organization.name}.`
          : ''}
      </p>
      {canManage && formOpen ? (
        <NewDepartmentForm
          id={FORM_ID}
          organizationId={organization.id}
          onCancel={() => setFormOpen(false)}
          onCreated={(name) => {
            setFormOpen(false);
            setCreatedName(name);
          }}
        />
      ) : null}
      <DepartmentsSection
        departments={departments}
        canManage={canManage}
        action={canManage && !formOpen ? newButton : undefined}
      />
    </>
  );
}
