import { Button, FormActions, TextField } from '@esm-planner/dashboard-ui';
import { ErrorSummary } from '../forms/ErrorSummary';
import { TaskOwnerAndDueFields } from './TaskOwnerAndDueFields';
import {
  TASK_LABELS,
  type RolloutTaskEditorState,
} from './useRolloutTaskEditor';

const TASK_LABEL_NAMES = { owner: 'owner', dueDate: 'dueDate' } as const;

/** The form that renames, reassigns or re-dates one task. */
export function RolloutTaskEditor({
  editor,
}: {
  editor: RolloutTaskEditorState;
}) {
  const { checks, values } = editor;
  const errors = checks.problems.fields;
  return (
    <form
      className="rollout-task__editor"
      noValidate
      onSubmit={(event) => void editor.save(event)}
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
        value={values.title}
        required
        maxLength={300}
        error={errors.title}
        onChange={editor.onTitleChange}
      />
      <TaskOwnerAndDueFields
        names={TASK_LABEL_NAMES}
        labels={TASK_LABELS}
        owner={values.owner}
        dueDate={values.dueDate}
        errors={errors}
        onOwnerChange={editor.onOwnerChange}
        onDueDateChange={editor.onDueDateChange}
        dueDateHint="Leave empty for the end of the task’s phase."
      />
      <FormActions>
        <Button
          type="submit"
          variant="primary"
          size="sm"
          loading={editor.saving}
        >
          Save task
        </Button>
        <Button size="sm" variant="ghost" onClick={editor.cancel}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
