import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  describeApiError,
  graphQLErrorsOf,
  hasErrorCode,
  OrganizationOverviewDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  EmptyState,
  ErrorBanner,
  Icon,
  LoadingState,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canManageDepartments, roleLabel } from '../access/roles';
import { DepartmentCard } from './DepartmentCard';
import { NewDepartmentForm } from './NewDepartmentForm';
import './departments.css';

const FORM_ID = 'new-department';

/** `/organizations/:organizationId`: every department the person may see. */
export function OverviewPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(
    OrganizationOverviewDocument,
    { variables: { organizationId } },
  );
  const [formOpen, setFormOpen] = useState(false);
  const [createdName, setCreatedName] = useState<string | null>(null);
  const organization = data?.organization;
  usePageTitle('Overview', organization?.name);

  // Data already on screen stays while it is refetched (after a create).
  if (!data && loading) return <LoadingState label="Loading departments…" />;
  if (
    hasErrorCode(graphQLErrorsOf(error), 'NOT_FOUND') ||
    (data && !organization)
  ) {
    return (
      <EmptyState
        title="Organisation not found"
        description="It does not exist, or you are not a member of it."
        action={<Link to={PATHS.home}>Go to your organisations</Link>}
      />
    );
  }
  if (error || !organization) {
    return (
      <ErrorBanner
        title="The overview could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  }

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
        eyebrow="Organisation overview"
        title={organization.name}
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
      <section
        className="overview__departments"
        aria-labelledby="departments-heading"
      >
        <h2 id="departments-heading" className="overview__heading">
          Departments
        </h2>
        {departments.length === 0 ? (
          <EmptyState
            title="No departments yet"
            description={
              canManage
                ? 'Add the departments the programme will serve, starting with IT.'
                : 'An administrator or the CoE adds departments; none are visible to you yet.'
            }
            action={canManage && !formOpen ? newButton : undefined}
          />
        ) : (
          <ul className="department-grid" data-testid="department-list">
            {departments.map((department) => (
              <li key={department.id}>
                <DepartmentCard department={department} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
