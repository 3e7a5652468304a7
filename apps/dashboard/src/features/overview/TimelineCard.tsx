import { useMemo } from 'react';
import { Link } from 'react-router';
import { Card, EmptyState } from '@esm-planner/dashboard-ui';
import { GanttChart } from '@esm-planner/dashboard-ui-charts';
import { PATHS } from '../../app/routing/paths';
import { formatDate } from '../formatting/format';
import {
  type Overview,
  STATUS_LEGEND,
  statusSummary,
  timelineRows,
} from './overview-format';

type Props = {
  overview: Overview;
  organizationId: string;
  organizationName: string;
};

/** Departments by status on one time axis: each plan’s 90 days, go-live on day 61, today’s line. */
export function TimelineCard({
  overview,
  organizationId,
  organizationName,
}: Props) {
  const rows = useMemo(
    () => timelineRows(overview.departments),
    [overview.departments],
  );
  return (
    <Card
      as="section"
      title="Departments by status"
      testId="overview-timeline"
      className="programme-overview__wide"
    >
      {rows.length === 0 ? (
        <EmptyState
          title="No departments to show"
          description="Add the departments the programme will serve, starting with IT; the roadmap then schedules them."
          action={
            <Link to={PATHS.departments(organizationId)}>
              Go to departments
            </Link>
          }
        />
      ) : (
        <>
          <p
            className="programme-overview__muted"
            data-testid="overview-status-summary"
          >
            {statusSummary(overview.statusCounts)}
          </p>
          <GanttChart
            title={`${organizationName}: departments by status`}
            description={`Each department’s 90-day plan, grouped by status from live to planned: saved plans solid, dates the roadmap proposes lighter and dashed; go-live on day 61; today ${formatDate(overview.asOf)}.`}
            rows={rows}
            today={overview.asOf}
            rowHeader="Department"
            rowHeight={36}
            legend={STATUS_LEGEND}
            testId="overview-timeline-chart"
          />
        </>
      )}
    </Card>
  );
}
