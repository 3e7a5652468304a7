import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  formProblemsFromError,
  SetTaskDoneDocument,
  UpdateRolloutTaskDocument,
  type RolloutTaskFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Button, ErrorBanner, FormActions, InlineNotice, TextField } from '@esm-planner/dashboard-ui';
import { NO_PROBLEMS, problemsFromFailure } from '../forms/field-problems';
import { pastDateWarning, todayPlainDate } from '../forms/form-state';
import { formatDate } from '../formatting/format';

export type RolloutTaskRowProps = {
  task: RolloutTaskFieldsFragment;
  canEdit: boolean;
  onChanged: () => void;
};

/** One task: tick it, see its owner and due date (overdue flagged), rename, reassign or re-date it. */
export function RolloutTaskRow({ task, canEdit, onChanged }: RolloutTaskRowProps) {
  const [setDone, { loading: ticking }] = useMutation(SetTaskDoneDocument);
  const [update, { loading: saving }] = useMutation(UpdateRolloutTaskDocument);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(task.title);
  const [owner, setOwner] = useState(task.owner ?? '');
  const [dueDate, setDueDate] = useState(task.dueDateSet ? task.dueDate : '');
  const [problems, setProblems] = useState<string[]>([]);
  const [fieldProblems, setFieldProblems] = useState(NO_PROBLEMS);
  // Allowed (a task planned late is still a task), but said.
  const pastDue = pastDateWarning(dueDate, todayPlainDate());
  // The box follows the click at once; the plan's figures follow the refetch.
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [task.done]);

  async function toggle(done: boolean): Promise<void> {
    setProblems([]);
    setPending(done);
    try {
      await setDone({ variables: { taskId: task.id, done } });
      onChanged();
    } catch (failure) {
      setPending(null);
      setProblems(formProblemsFromError(failure, []).other);
    }
  }

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblems([]);
    setFieldProblems(NO_PROBLEMS);
    try {
      await update({ variables: { id: task.id, input: { title, owner: owner.trim() === '' ? null : owner, dueDate: dueDate === '' ? null : dueDate } } });
      setEditing(false);
      onChanged();
    } catch (failure) {
      setFieldProblems(problemsFromFailure(failure, { title: 'Title', owner: 'Owner', dueDate: 'Due date' }));
    }
  }

  return (
    <li className={`rollout-task${task.overdue ? ' rollout-task--overdue' : ''}${task.done ? ' rollout-task--done' : ''}`} data-testid="rollout-task" data-task-id={task.id}>
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
            {task.owner ? `Owner: ${task.owner}` : 'No owner yet'} · due {formatDate(task.dueDate)}
            {task.dueDateSet ? '' : ' (end of phase)'}
          </span>
        </div>
        {task.overdue ? <Badge tone="danger" testId="rollout-task-overdue">Overdue</Badge> : null}
        {task.done ? <Badge tone="success">Done</Badge> : null}
        {canEdit && !editing ? (
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)} ariaLabel={`Edit: ${task.title}`}>
            Edit
          </Button>
        ) : null}
      </div>
      {problems.length > 0 || fieldProblems.other.length > 0 ? <ErrorBanner title="The task was not changed" messages={[...problems, ...fieldProblems.other]} /> : null}
      {editing ? (
        <form className="rollout-task__editor" noValidate onSubmit={(event) => void save(event)}>
          <TextField label="Title" name="title" value={title} required maxLength={300} error={fieldProblems.fields.title} onChange={setTitle} />
          <TextField label="Owner" name="owner" value={owner} maxLength={200} hint="Leave empty if nobody is named yet." error={fieldProblems.fields.owner} onChange={setOwner} />
          <TextField label="Due date" name="dueDate" type="date" value={dueDate} hint="Leave empty for the end of the task’s phase." error={fieldProblems.fields.dueDate} onChange={setDueDate} />
          {pastDue ? <InlineNotice testId="task-due-in-past">{pastDue}</InlineNotice> : null}
          <FormActions>
            <Button type="submit" variant="primary" size="sm" loading={saving}>
              Save task
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </FormActions>
        </form>
      ) : null}
    </li>
  );
}
