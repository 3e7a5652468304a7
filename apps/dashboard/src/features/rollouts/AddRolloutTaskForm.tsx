import type { RolloutPlanFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
import { phaseLabel, ROLLOUT_PHASES } from './rollout-labels';
import { TaskOwnerAndDueFields } from './TaskOwnerAndDueFields';
import { NEW_TASK_LABELS, useAddRolloutTask } from './useAddRolloutTask';

const PHASE_OPTIONS = ROLLOUT_PHASES.map((phase) => ({
  value: phase,
  label: phaseLabel(phase),
}));

/** The checklist's form that adds a task to a phase of the plan. */
export function AddRolloutTaskForm({
  plan,
  onAdded,
}: {
  plan: RolloutPlanFieldsFragment;
  onAdded: () => void;
}) {
  const task = useAddRolloutTask(plan, onAdded);
  const { checks } = task;
  const errors = checks.problems.fields;
  return (
    <CheckedForm
      className="rollout-form rollout-form--inline"
      checks={checks}
      labels={NEW_TASK_LABELS}
      failureTitle="The task was not added"
      onSubmit={task.submit}
      testId="add-rollout-task"
      lead={<h3 className="rollout-phase__title">Add a task</h3>}
    >
      <TextField
        label={NEW_TASK_LABELS.newTaskTitle}
        name="newTaskTitle"
        value={task.values.title}
        required
        maxLength={300}
        error={errors.newTaskTitle}
        onChange={task.onTitleChange}
      />
      <SelectField
        label={NEW_TASK_LABELS.newTaskPhase}
        name="newTaskPhase"
        value={task.values.phase}
        options={PHASE_OPTIONS}
        error={errors.newTaskPhase}
        onChange={task.onPhaseChange}
      />
      <TaskOwnerAndDueFields
        names={{ owner: 'newTaskOwner', dueDate: 'newTaskDue' }}
        labels={{
          owner: NEW_TASK_LABELS.newTaskOwner,
          dueDate: NEW_TASK_LABELS.newTaskDue,
        }}
        owner={task.values.owner}
        dueDate={task.values.dueDate}
        errors={errors}
        onOwnerChange={task.onOwnerChange}
        onDueDateChange={task.onDueDateChange}
        dueDateHint="Empty: the end of the phase."
      />
      <FormActions>
        <Button type="submit" loading={task.adding}>
          Add task
        </Button>
      </FormActions>
    </CheckedForm>
  );
}
