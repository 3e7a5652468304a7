import { InlineNotice, TextField } from '@esm-planner/dashboard-ui';
import { pastDateWarning, todayPlainDate } from '../forms/form-state';

export type TaskOwnerAndDueFieldsProps = {
  /** The inputs' names: the API's (`owner`, `dueDate`) in a task's editor, the add form's own beside it. */
  names: { owner: string; dueDate: string };
  labels: { owner: string; dueDate: string };
  owner: string;
  dueDate: string;
  /** Problems by input name (useFormProblems' `problems.fields`). */
  errors: Readonly<Record<string, string>>;
  onOwnerChange: (value: string) => void;
  onDueDateChange: (value: string) => void;
  dueDateHint: string;
};

/**
 * A task's owner and due date, as adding and editing a task ask them. A due
 * date in the past is allowed (a task planned late is still a task), but said.
 */
export function TaskOwnerAndDueFields({
  names,
  labels,
  owner,
  dueDate,
  errors,
  onOwnerChange,
  onDueDateChange,
  dueDateHint,
}: TaskOwnerAndDueFieldsProps) {
  const pastDue = pastDateWarning(dueDate, todayPlainDate());
  return (
    <>
      <TextField
        label={labels.owner}
        name={names.owner}
        value={owner}
        maxLength={200}
        hint="Leave empty if nobody is named yet."
        error={errors[names.owner]}
        onChange={onOwnerChange}
      />
      <TextField
        label={labels.dueDate}
        name={names.dueDate}
        type="date"
        value={dueDate}
        hint={dueDateHint}
        error={errors[names.dueDate]}
        onChange={onDueDateChange}
      />
      {pastDue ? (
        <InlineNotice testId="task-due-in-past">{pastDue}</InlineNotice>
      ) : null}
    </>
  );
}
