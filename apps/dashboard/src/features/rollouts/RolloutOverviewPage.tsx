import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  RolloutOverviewDocument,
  type RolloutOverviewQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Card, PageHeader } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { statusLabel, statusTone } from '../departments/department-labels';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatDate, formatPercent, NO_VALUE } from '../formatting/format';
import { organizationPageState } from '../organizations/organization-page-state';
import {
  dayLabel,
  phaseLabel,
  planStatusText,
  planStatusTone,
} from './rollout-labels';
import './rollouts.css';

type Row = NonNullable<
  RolloutOverviewQuery['organization']
>['departments'][number];

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
        <TableWithDownload<Row>
          title="Plans by department"
          headingLevel="h2"
          rows={organization.departments}
          rowKey={(row) => row.id}
          fileName={csvFileName(organization.name, 'rollout-plans')}
          columns={[
            {
              key: 'department',
              header: 'Department',
              isRowHeader: true,
              cell: (row) => (
                <Link to={PATHS.rollout(organization.id, row.id)}>
                  {row.name}
                </Link>
              ),
            },
            {
              key: 'status',
              header: 'Department status',
              cell: (row) => (
                <Badge tone={statusTone(row.status)}>
                  {statusLabel(row.status)}
                </Badge>
              ),
            },
            {
              key: 'phase',
              header: 'Phase',
              cell: (row) =>
                row.rolloutPlan
                  ? phaseLabel(row.rolloutPlan.currentPhase)
                  : 'No plan yet',
            },
            {
              key: 'day',
              header: 'Day',
              cell: (row) =>
                row.rolloutPlan
                  ? dayLabel(row.rolloutPlan.dayNumber)
                  : NO_VALUE,
            },
            {
              key: 'plan',
              header: 'Plan status',
              // Explained as the rollout page explains it: "At risk: 2 tasks overdue".
              cell: (row) =>
                row.rolloutPlan ? (
                  <Badge
                    tone={planStatusTone(row.rolloutPlan.status)}
                    dot
                    testId="rollout-overview-status"
                  >
                    {planStatusText(row.rolloutPlan)}
                  </Badge>
                ) : (
                  NO_VALUE
                ),
            },
            {
              key: 'progress',
              header: 'Progress',
              align: 'end',
              cell: (row) =>
                row.rolloutPlan
                  ? `${formatPercent(row.rolloutPlan.progress)} (expected ${formatPercent(row.rolloutPlan.expectedProgress)})`
                  : NO_VALUE,
            },
            {
              key: 'goLive',
              header: 'Go-live',
              cell: (row) =>
                row.rolloutPlan
                  ? formatDate(row.rolloutPlan.goLiveDate)
                  : NO_VALUE,
            },
            {
              key: 'gate',
              header: 'Next gate',
              cell: (row) =>
                !row.rolloutPlan
                  ? NO_VALUE
                  : !row.rolloutPlan.gate
                    ? 'None (last phase)'
                    : row.rolloutPlan.gate.holds
                      ? 'Holds'
                      : row.rolloutPlan.gate.reasons.join('; '),
            },
          ]}
          csvColumns={[
            { header: 'department', value: (row) => row.name },
            { header: 'department_status', value: (row) => row.status },
            {
              header: 'phase',
              value: (row) => row.rolloutPlan?.currentPhase ?? null,
            },
            {
              header: 'day_number',
              value: (row) => row.rolloutPlan?.dayNumber ?? null,
            },
            {
              header: 'plan_status',
              value: (row) => row.rolloutPlan?.status ?? null,
            },
            {
              header: 'progress',
              value: (row) => row.rolloutPlan?.progress ?? null,
            },
            {
              header: 'expected_progress',
              value: (row) => row.rolloutPlan?.expectedProgress ?? null,
            },
            {
              header: 'start_date',
              value: (row) => row.rolloutPlan?.startDate ?? null,
            },
            {
              header: 'go_live_date',
              value: (row) => row.rolloutPlan?.goLiveDate ?? null,
            },
            {
              header: 'next_gate',
              value: (row) => row.rolloutPlan?.gate?.name ?? null,
            },
            {
              header: 'gate_holds',
              value: (row) => row.rolloutPlan?.gate?.holds ?? null,
            },
            {
              header: 'gate_reasons',
              value: (row) => row.rolloutPlan?.gate?.reasons.join('; ') ?? null,
            },
          ]}
          testId="rollout-overview-table"
        />
      </Card>
    </>
  );
}
