import { useMemo } from 'react';
import type { RolloutPlanFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Card } from '@esm-planner/dashboard-ui';
import { GanttChart } from '@esm-planner/dashboard-ui-charts';
import {
  MARKER_LEGEND,
  PHASE_LEGEND,
  rolloutTimelineRows,
} from './rollout-timeline';
import { formatDate } from '../formatting/format';

/** The 90 days as a timeline: the four phases as bands, tasks on their due dates, today's line. */
export function RolloutTimelineCard({
  plan,
  departmentName,
}: {
  plan: RolloutPlanFieldsFragment;
  departmentName: string;
}) {
  const rows = useMemo(() => rolloutTimelineRows(plan), [plan]);
  return (
    <Card as="section" title="The 90 days" testId="rollout-timeline">
      <GanttChart
        title={`${departmentName}’s 90-day plan`}
        description={`Four phases from ${formatDate(plan.startDate)} to ${formatDate(plan.endDate)}, each task on its due date, go-live on day 61 (${formatDate(plan.goLiveDate)}), and today (${formatDate(plan.asOf)}).`}
        rows={rows}
        today={plan.asOf}
        rowHeader="Phase"
        legend={[...PHASE_LEGEND, ...MARKER_LEGEND]}
        testId="rollout-timeline-chart"
      />
    </Card>
  );
}
