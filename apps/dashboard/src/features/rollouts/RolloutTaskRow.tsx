import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  describeApiError,
  SetTaskDoneDocument,
  type RolloutTaskFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Button, ErrorBanner } from '@esm-planner/dashboard-ui';
import { formatDate } from '../formatting/format';
import { RolloutTaskEditor } from './RolloutTaskEditor';
import { useRolloutTaskEditor } from './useRolloutTaskEditor';

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
  const editor = useRolloutTaskEditor(task, onChanged);
  // Ticking the box fails on its own, outside the editor.
  const [tickProblem, setTickProblem] = useState<string | null>(null);
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
        {canEdit && !editor.editing ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={editor.open}
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
      {editor.editing ? <RolloutTaskEditor editor={editor} /> : null}
    </li>
  );
}
