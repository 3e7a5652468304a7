import { Button, FormActions, TextField } from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
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
    <CheckedForm
      className="rollout-task__editor"
      checks={checks}
      labels={TASK_LABELS}
      failureTitle="The task was not changed"
      onSubmit={editor.save}
      testId="rollout-task-editor"
    >
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
    </CheckedForm>
  );
}
