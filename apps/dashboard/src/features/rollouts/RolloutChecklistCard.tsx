import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AddRolloutTaskDocument,
  type RolloutPlanFieldsFragment,
  type RolloutPhase,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  Button,
  Card,
  FormActions,
  InlineNotice,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useFormProblems } from '../forms/useFormProblems';
import { formatDateRange } from '../formatting/format';
import { phaseDaysLabel, phaseLabel, ROLLOUT_PHASES } from './rollout-labels';
import { RolloutTaskRow } from './RolloutTaskRow';
import { TaskOwnerAndDueFields } from './TaskOwnerAndDueFields';

export type RolloutChecklistCardProps = {
  plan: RolloutPlanFieldsFragment;
  canEdit: boolean;
  onChanged: () => void;
};

const PHASE_OPTIONS = ROLLOUT_PHASES.map((phase) => ({
  value: phase,
  label: phaseLabel(phase),
}));

// The add form's inputs have names of their own (each task's editor uses the API's); its problems are mapped onto them.
const NEW_TASK_LABELS = {
  newTaskTitle: 'Title',
  newTaskPhase: 'Phase',
  newTaskOwner: 'Owner',
  newTaskDue: 'Due date',
} as const;
const NEW_TASK_INPUTS = {
  title: 'newTaskTitle',
  phase: 'newTaskPhase',
  owner: 'newTaskOwner',
  dueDate: 'newTaskDue',
} as const;
// The API checks the title and the owner.
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/** The plan's tasks phase by phase, to tick off, edit and add to. */
export function RolloutChecklistCard({
  plan,
  canEdit,
  onChanged,
}: RolloutChecklistCardProps) {
  const [add, { loading }] = useMutation(AddRolloutTaskDocument);
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<RolloutPhase>(plan.currentPhase);
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const checks = useFormProblems(NEW_TASK_LABELS, NO_CLIENT_CHECKS);
  const errors = checks.problems.fields;
  const edit =
    (input: keyof typeof NEW_TASK_LABELS, setValue: (value: string) => void) =>
    (value: string) => {
      checks.onEdit(input);
      setValue(value);
    };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    checks.beginSubmit();
    try {
      await add({
        variables: {
          input: {
            planId: plan.id,
            title,
            phase,
            owner: owner.trim() === '' ? null : owner,
            dueDate: dueDate === '' ? null : dueDate,
          },
        },
      });
      setTitle('');
      setOwner('');
      setDueDate('');
      checks.clear();
      onChanged();
    } catch (failure) {
      checks.failSubmit(failure, { inputNames: NEW_TASK_INPUTS });
    }
  }

  return (
    <Card as="section" title="Checklist" testId="rollout-checklist">
      {!canEdit ? (
        <InlineNotice>
          Your role lets you see the tasks, not tick them.
        </InlineNotice>
      ) : null}
      {plan.phases.map((dates) => {
        const tasks = plan.tasks.filter((task) => task.phase === dates.name);
        return (
          <section
            key={dates.name}
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
      })}
      {canEdit ? (
        <form
          className="rollout-form rollout-form--inline"
          noValidate
          onSubmit={(event) => void submit(event)}
          data-testid="add-rollout-task"
        >
          <h3 className="rollout-phase__title">Add a task</h3>
          <ErrorSummary
            problems={checks.problems}
            labels={NEW_TASK_LABELS}
            attempt={checks.attempt}
            title="The task was not added"
          />
          <TextField
            label={NEW_TASK_LABELS.newTaskTitle}
            name="newTaskTitle"
            value={title}
            required
            maxLength={300}
            error={errors.newTaskTitle}
            onChange={edit('newTaskTitle', setTitle)}
          />
          <SelectField
            label={NEW_TASK_LABELS.newTaskPhase}
            name="newTaskPhase"
            value={phase}
            options={PHASE_OPTIONS}
            error={errors.newTaskPhase}
            onChange={(value) =>
              edit('newTaskPhase', (chosen) =>
                setPhase(chosen as RolloutPhase),
              )(value)
            }
          />
          <TaskOwnerAndDueFields
            names={{ owner: 'newTaskOwner', dueDate: 'newTaskDue' }}
            labels={{
              owner: NEW_TASK_LABELS.newTaskOwner,
              dueDate: NEW_TASK_LABELS.newTaskDue,
            }}
            owner={owner}
            dueDate={dueDate}
            errors={errors}
            onOwnerChange={edit('newTaskOwner', setOwner)}
            onDueDateChange={edit('newTaskDue', setDueDate)}
            dueDateHint="Empty: the end of the phase."
          />
          <FormActions>
            <Button type="submit" loading={loading}>
              Add task
            </Button>
          </FormActions>
        </form>
      ) : null}
    </Card>
  );
}
