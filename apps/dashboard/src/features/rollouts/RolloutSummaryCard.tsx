import type {
  DepartmentFieldsFragment,
  RolloutPlanFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Card, ProgressBar, StatGrid } from '@esm-planner/dashboard-ui';
import { statusLabel, statusTone } from '../departments/department-labels';
import { formatDate, formatPercent } from '../formatting/format';
import {
  dayLabel,
  phaseLabel,
  planStatusText,
  planStatusTone,
  varianceLabel,
} from './rollout-labels';

/** Status, where the plan is in its 90 days, and progress against the schedule. */
export function RolloutSummaryCard({
  plan,
  department,
}: {
  plan: RolloutPlanFieldsFragment;
  department: DepartmentFieldsFragment;
}) {
  const overdue = plan.tasks.filter((task) => task.overdue).length;
  const behindCalendar =
    plan.phaseByDate !== null && plan.phaseByDate !== plan.currentPhase;
  return (
    <Card
      as="section"
      title="Where the plan stands"
      testId="rollout-summary"
      aside={
        <span className="rollout-badges">
          <Badge tone={planStatusTone(plan.status)} dot testId="rollout-status">
            {planStatusText(plan)}
          </Badge>
          <Badge
            tone={statusTone(plan.departmentStatus)}
            testId="rollout-department-status"
          >
            {statusLabel(plan.departmentStatus)}
          </Badge>
        </span>
      }
    >
      <StatGrid
        items={[
          {
            label: 'Today',
            value: dayLabel(plan.dayNumber),
            hint: `as of ${formatDate(plan.asOf)}`,
            testId: 'rollout-day',
          },
          {
            label: 'Phase',
            value: phaseLabel(plan.currentPhase),
            hint:
              behindCalendar && plan.phaseByDate
                ? `the calendar says ${phaseLabel(plan.phaseByDate).toLowerCase()}`
                : 'as the calendar expects',
            testId: 'rollout-phase',
          },
          {
            label: 'Go-live (day 61)',
            value: formatDate(plan.goLiveDate),
            hint: `day 90: ${formatDate(plan.endDate)}`,
          },
          {
            label: 'Overdue tasks',
            value: String(overdue),
            hint: overdue > 0 ? 'due before today and not done' : 'none',
          },
        ]}
      />
      <RolloutProgress plan={plan} />
      <p className="muted">
        {department.name}’s status follows the phase the plan is in:{' '}
        {statusLabel(plan.departmentStatus)}.
      </p>
    </Card>
  );
}

/** Tasks done against the schedule, as text and a bar. */
function RolloutProgress({ plan }: { plan: RolloutPlanFieldsFragment }) {
  const done = plan.tasks.filter((task) => task.done).length;
  return (
    <div className="rollout-progress">
      <p className="rollout-progress__text" data-testid="rollout-progress-text">
        Progress: {done} of {plan.tasks.length} tasks done (
        {formatPercent(plan.progress)})
      </p>
      <ProgressBar
        label={`Progress: ${done} of ${plan.tasks.length} tasks done`}
        value={plan.progress === null ? 0 : plan.progress * 100}
        valueText={formatPercent(plan.progress)}
        tone={
          plan.status === 'LATE'
            ? 'danger'
            : plan.status === 'DONE'
              ? 'success'
              : 'progress'
        }
        testId="rollout-progress"
      />
      <p className="muted" data-testid="rollout-expected">
        Expected by today: {formatPercent(plan.expectedProgress)} of the tasks (
        {varianceLabel(plan.scheduleVariance, plan.tasks.length)}).
        {plan.businessDays
          ? ' The plan counts working days, Monday to Friday.'
          : ' The plan counts calendar days.'}
      </p>
    </div>
  );
}
