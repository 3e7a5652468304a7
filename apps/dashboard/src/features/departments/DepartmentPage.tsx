import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  DepartmentDetailDocument,
  describeApiError,
  graphQLErrorsOf,
  hasErrorCode,
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
import { canImport, canManageDepartments } from '../access/roles';
import { DepartmentBaselineSection } from '../baselines/DepartmentBaselineSection';
import { DepartmentMetricsSection } from '../metrics/DepartmentMetricsSection';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import { DepartmentDetails } from './DepartmentDetails';
import { kindLabel, worksInLabel } from './department-labels';
import { DepartmentChangesCard } from './DepartmentChangesCard';
import './departments.css';

/** `/organizations/:organizationId/departments/:departmentId`. */
export function DepartmentPage() {
  const { organizationId = '', departmentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DepartmentDetailDocument, {
    variables: { organizationId, departmentId },
  });
  const organization = data?.organization;
  const department = data?.department;
  usePageTitle(department?.name, organization?.name);

  if (!data && loading) return <LoadingState label="Loading the department…" />;
  const missing =
    !organization ||
    !department ||
    department.organizationId !== organization.id;
  if (hasErrorCode(graphQLErrorsOf(error), 'NOT_FOUND') || (data && missing)) {
    return (
      <EmptyState
        title="Department not found"
        description="It does not exist in this organisation, or you may not see it."
        action={
          <Link to={PATHS.departments(organizationId)}>
            Back to the departments
          </Link>
        }
      />
    );
  }
  if (error || !organization || !department) {
    return (
      <ErrorBanner
        title="The department could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  }

  return (
    <>
      <PageHeader
        eyebrow={
          <Link className="back-link" to={PATHS.departments(organization.id)}>
            <Icon name="back" size={16} />
            {organization.name} departments
          </Link>
        }
        title={department.name}
        description={`${kindLabel(department.kind)} · ${worksInLabel(department.vocabulary)}`}
        actions={
          <Link
            className="ui-button ui-button--secondary ui-button--md"
            to={PATHS.rollout(organization.id, department.id)}
            data-testid="department-rollout-link"
          >
            Rollout plan
          </Link>
        }
      />
      <div className="department-page__grid">
        <DepartmentDetails department={department} />
        <DepartmentChangesCard
          department={department}
          canManage={canManageDepartments(organization.myRole)}
        />
      </div>
      <div className="department-page__readiness">
        <ReadinessPanel departmentId={department.id} />
      </div>
      <DepartmentBaselineSection
        organizationId={organization.id}
        departmentId={department.id}
        timeZone={organization.timeZone}
        canBuild={canImport(organization.myRole)}
      />
      <DepartmentMetricsSection
        organizationId={organization.id}
        departmentId={department.id}
      />
    </>
  );
}
