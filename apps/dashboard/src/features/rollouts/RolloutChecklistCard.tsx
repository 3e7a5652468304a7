import type { RolloutPlanFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Card, InlineNotice } from '@esm-planner/dashboard-ui';
import { formatDateRange } from '../formatting/format';
import { AddRolloutTaskForm } from './AddRolloutTaskForm';
import { phaseDaysLabel, phaseLabel } from './rollout-labels';
import { RolloutTaskRow } from './RolloutTaskRow';

export type RolloutChecklistCardProps = {
  plan: RolloutPlanFieldsFragment;
  canEdit: boolean;
  onChanged: () => void;
};

/** The plan's tasks phase by phase, to tick off, edit and add to. */
export function RolloutChecklistCard({
  plan,
  canEdit,
  onChanged,
}: RolloutChecklistCardProps) {
  return (
    <Card as="section" title="Checklist" testId="rollout-checklist">
      {!canEdit ? (
        <InlineNotice>
          Your role lets you see the tasks, not tick them.
        </InlineNotice>
      ) : null}
      {plan.phases.map((dates) => (
        <RolloutPhaseTasks
          key={dates.name}
          dates={dates}
          tasks={plan.tasks.filter((task) => task.phase === dates.name)}
          canEdit={canEdit}
          onChanged={onChanged}
        />
      ))}
      {canEdit ? <AddRolloutTaskForm plan={plan} onAdded={onChanged} /> : null}
    </Card>
  );
}

/** One phase's dates and its tasks. */
function RolloutPhaseTasks({
  dates,
  tasks,
  canEdit,
  onChanged,
}: {
  dates: RolloutPlanFieldsFragment['phases'][number];
  tasks: RolloutPlanFieldsFragment['tasks'];
  canEdit: boolean;
  onChanged: () => void;
}) {
  return (
    <section
      className="rollout-phase"
      data-testid={`rollout-phase-${dates.name}`}
    >
      <h3 className="rollout-phase__title">
        {phaseLabel(dates.name)}{' '}
        <span className="muted">
          · {phaseDaysLabel(dates.name)} ·{' '}
          {formatDateRange(dates.startDate, dates.endDate)}
        </span>
      </h3>
      {tasks.length === 0 ? (
        <p className="muted">No tasks in this phase.</p>
      ) : null}
      <ul className="rollout-tasks">
        {tasks.map((task) => (
          <RolloutTaskRow
            key={task.id}
            task={task}
            canEdit={canEdit}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
