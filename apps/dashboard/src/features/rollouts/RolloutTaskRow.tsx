import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  describeApiError,
  SetTaskDoneDocument,
  UpdateRolloutTaskDocument,
  type RolloutTaskFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  Badge,
  Button,
  ErrorBanner,
  FormActions,
  TextField,
} from '@esm-planner/dashboard-ui';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useFormProblems } from '../forms/useFormProblems';
import { formatDate } from '../formatting/format';
import { TaskOwnerAndDueFields } from './TaskOwnerAndDueFields';

// Input names are the API's field names, so its problems land beside them.
export const TASK_LABELS = {
  title: 'Title',
  owner: 'Owner',
  dueDate: 'Due date',
} as const;
type TaskField = keyof typeof TASK_LABELS;
const TASK_LABEL_NAMES = { owner: 'owner', dueDate: 'dueDate' } as const;
// The API checks the title and the owner; a due date in the past is allowed (and said).
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

export type RolloutTaskRowProps = {
  task: RolloutTaskFieldsFragment;
  canEdit: boolean;
  onChanged: () => void;
};

/** One task: tick it, see its owner and due date (overdue flagged), rename, reassign or re-date it. */
export function RolloutTaskRow({
  task,
  canEdit,
  onChanged,
}: RolloutTaskRowProps) {
  const [setDone, { loading: ticking }] = useMutation(SetTaskDoneDocument);
  const [update, { loading: saving }] = useMutation(UpdateRolloutTaskDocument);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(task.title);
  const [owner, setOwner] = useState(task.owner ?? '');
  const [dueDate, setDueDate] = useState(task.dueDateSet ? task.dueDate : '');
  // Ticking the box fails on its own, outside the editor.
  const [tickProblem, setTickProblem] = useState<string | null>(null);
  const checks = useFormProblems(TASK_LABELS, NO_CLIENT_CHECKS);
  const errors = checks.problems.fields;
  const edit =
    (field: TaskField, setValue: (value: string) => void) =>
    (value: string) => {
      checks.onEdit(field);
      setValue(value);
    };
  // The box follows the click at once; the plan's figures follow the refetch.
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [task.done]);

  async function toggle(done: boolean): Promise<void> {
    setTickProblem(null);
    setPending(done);
    try {
      await setDone({ variables: { taskId: task.id, done } });
      onChanged();
    } catch (failure) {
      setPending(null);
      setTickProblem(describeApiError(failure));
    }
  }

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    checks.beginSubmit();
    try {
      await update({
        variables: {
          id: task.id,
          input: {
            title,
            owner: owner.trim() === '' ? null : owner,
            dueDate: dueDate === '' ? null : dueDate,
          },
        },
      });
      setEditing(false);
      checks.clear();
      onChanged();
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  return (
    <li
      className={`rollout-task${task.overdue ? ' rollout-task--overdue' : ''}${task.done ? ' rollout-task--done' : ''}`}
      data-testid="rollout-task"
      data-task-id={task.id}
    >
      <div className="rollout-task__main">
        <input
          type="checkbox"
          className="rollout-task__check"
          checked={pending ?? task.done}
          disabled={!canEdit || ticking}
          aria-label={`Done: ${task.title}`}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <div className="rollout-task__text">
          <span className="rollout-task__title">{task.title}</span>
          <span className="rollout-task__meta">
            {task.owner ? `Owner: ${task.owner}` : 'No owner yet'} · due{' '}
            {formatDate(task.dueDate)}
            {task.dueDateSet ? '' : ' (end of phase)'}
          </span>
        </div>
        {task.overdue ? (
          <Badge tone="danger" testId="rollout-task-overdue">
            Overdue
          </Badge>
        ) : null}
        {task.done ? <Badge tone="success">Done</Badge> : null}
        {canEdit && !editing ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setEditing(true)}
            ariaLabel={`Edit: ${task.title}`}
          >
            Edit
          </Button>
        ) : null}
      </div>
      {tickProblem ? (
        <ErrorBanner
          title="The task was not changed"
          messages={[tickProblem]}
        />
      ) : null}
      {editing ? (
        <form
          className="rollout-task__editor"
          noValidate
          onSubmit={(event) => void save(event)}
          data-testid="rollout-task-editor"
        >
          <ErrorSummary
            problems={checks.problems}
            labels={TASK_LABELS}
            attempt={checks.attempt}
            title="The task was not changed"
          />
          <TextField
            label={TASK_LABELS.title}
            name="title"
            value={title}
            required
            maxLength={300}
            error={errors.title}
            onChange={edit('title', setTitle)}
          />
          <TaskOwnerAndDueFields
            names={TASK_LABEL_NAMES}
            labels={TASK_LABELS}
            owner={owner}
            dueDate={dueDate}
            errors={errors}
            onOwnerChange={edit('owner', setOwner)}
            onDueDateChange={edit('dueDate', setDueDate)}
            dueDateHint="Leave empty for the end of the task’s phase."
          />
          <FormActions>
            <Button type="submit" variant="primary" size="sm" loading={saving}>
              Save task
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                checks.clear();
                setEditing(false);
              }}
            >
              Cancel
            </Button>
          </FormActions>
        </form>
      ) : null}
    </li>
  );
}
