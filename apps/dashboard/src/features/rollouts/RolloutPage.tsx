import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  RolloutPageDocument,
  type RolloutPageQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import { EmptyState, Icon, PageHeader } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canEditRolloutTasks, canWriteRolloutPlans } from '../access/roles';
import { organizationPageState } from '../organizations/organization-page-state';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import { CreateRolloutPlanForm } from './CreateRolloutPlanForm';
import { RolloutChecklistCard } from './RolloutChecklistCard';
import { RolloutGateCard } from './RolloutGateCard';
import { RolloutSummaryCard } from './RolloutSummaryCard';
import { RolloutTimelineCard } from './RolloutTimelineCard';
import './rollouts.css';

type RolloutPlan = NonNullable<RolloutPageQuery['rolloutPlan']>;
type Organization = NonNullable<RolloutPageQuery['organization']>;
type Department = NonNullable<RolloutPageQuery['department']>;

/** `/organizations/:organizationId/departments/:departmentId/rollout`: one department's 90-day plan. */
export function RolloutPage() {
  const { organizationId = '', departmentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RolloutPageDocument, {
    variables: { organizationId, departmentId },
  });
  const organization = data?.organization;
  const department = data?.department;
  usePageTitle(
    department ? `${department.name} rollout` : 'Rollout',
    organization?.name,
  );

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the rollout plan…',
    errorTitle: 'The rollout plan could not be loaded',
  });
  if (fallback || !organization) return fallback;
  if (!department || department.organizationId !== organization.id) {
    return (
      <EmptyState
        title="Department not found"
        description="It does not exist in this organisation, or you may not see it."
        action={
          <Link to={PATHS.rollouts(organizationId)}>Back to the rollouts</Link>
        }
      />
    );
  }
  const plan = data?.rolloutPlan ?? null;
  const reload = () => void refetch();

  return (
    <>
      <PageHeader
        eyebrow={
          <Link
            className="back-link"
            to={PATHS.department(organization.id, department.id)}
          >
            <Icon name="back" size={16} />
            {department.name}
          </Link>
        }
        title={`${department.name} rollout`}
        description="The 90-day plan: audit and design (days 1–15), build and configure (16–30), pilot and measure (31–60), full rollout and expand (61–90)."
      />
      <RolloutPageBody
        plan={plan}
        organization={organization}
        department={department}
        onChanged={reload}
      />
    </>
  );
}

/** The plan's cards, or the form that creates it, or why there is none yet. */
function RolloutPageBody({
  plan,
  organization,
  department,
  onChanged,
}: {
  plan: RolloutPlan | null;
  organization: Organization;
  department: Department;
  onChanged: () => void;
}) {
  return plan ? (
    <div className="rollout-page">
      <div className="rollout-page__top">
        <RolloutSummaryCard plan={plan} department={department} />
        <RolloutGateCard
          plan={plan}
          canAdvance={canWriteRolloutPlans(organization.myRole)}
          onAdvanced={onChanged}
        />
      </div>
      {/* The failure modes that stall ESM are checked before the first gate, while the department is still in audit and design. */}
      {plan.currentPhase === 'AUDIT_AND_DESIGN' ? (
        <ReadinessPanel departmentId={department.id} />
      ) : null}
      <RolloutTimelineCard plan={plan} departmentName={department.name} />
      <RolloutChecklistCard
        plan={plan}
        canEdit={canEditRolloutTasks(organization.myRole)}
        onChanged={onChanged}
      />
    </div>
  ) : canWriteRolloutPlans(organization.myRole) ? (
    <div className="rollout-page">
      <ReadinessPanel departmentId={department.id} />
      <CreateRolloutPlanForm
        departmentId={department.id}
        departmentName={department.name}
        onCreated={onChanged}
      />
    </div>
  ) : (
    <EmptyState
      title={`${department.name} has no rollout plan yet`}
      description="The CoE creates it when the department’s turn on the roadmap comes."
      action={<Link to={PATHS.roadmap(organization.id)}>See the roadmap</Link>}
    />
  );
}
