import { Link } from 'react-router';
import type { RolloutOverviewQuery } from '@esm-planner/dashboard-data-access-graphql';
import { Badge, type TableColumn } from '@esm-planner/dashboard-ui';
import type { CsvColumn } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { statusLabel, statusTone } from '../departments/department-labels';
import { formatDate, formatPercent, NO_VALUE } from '../formatting/format';
import {
  dayLabel,
  phaseLabel,
  planStatusText,
  planStatusTone,
} from './rollout-labels';

/** One department and its plan, as the rollout overview lists it. */
export type RolloutOverviewRow = NonNullable<
  RolloutOverviewQuery['organization']
>['departments'][number];
type Row = RolloutOverviewRow;

/** The plan's columns: phase, day, status, progress, go-live and gate. */
const PLAN_COLUMNS: readonly TableColumn<Row>[] = [
  {
    key: 'status',
    header: 'Department status',
    cell: (row) => (
      <Badge tone={statusTone(row.status)}>{statusLabel(row.status)}</Badge>
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
      row.rolloutPlan ? dayLabel(row.rolloutPlan.dayNumber) : NO_VALUE,
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
      row.rolloutPlan ? formatDate(row.rolloutPlan.goLiveDate) : NO_VALUE,
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
];

/** The overview table's columns; each department links to its plan. */
export function rolloutOverviewColumns(
  organizationId: string,
): readonly TableColumn<Row>[] {
  return [
    {
      key: 'department',
      header: 'Department',
      isRowHeader: true,
      cell: (row) => (
        <Link to={PATHS.rollout(organizationId, row.id)}>{row.name}</Link>
      ),
    },
    ...PLAN_COLUMNS,
  ];
}

/** The same columns for the CSV file, with the API's codes and raw numbers. */
export const ROLLOUT_OVERVIEW_CSV_COLUMNS: readonly CsvColumn<Row>[] = [
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
];
