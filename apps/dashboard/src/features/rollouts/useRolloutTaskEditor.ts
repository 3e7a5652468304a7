import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateRolloutTaskDocument,
  type RolloutTaskFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { useFormProblems } from '../forms/useFormProblems';

// Input names are the API's field names, so its problems land beside them.
export const TASK_LABELS = {
  title: 'Title',
  owner: 'Owner',
  dueDate: 'Due date',
} as const;
type TaskField = keyof typeof TASK_LABELS;
// The API checks the title and the owner; a due date in the past is allowed (and said).
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/**
 * The task editor's state: open or not, the draft fields, their problems, and saving.
 * Held by the row, so a draft survives closing and reopening the editor.
 */
export function useRolloutTaskEditor(
  task: RolloutTaskFieldsFragment,
  onChanged: () => void,
) {
  const [update, { loading: saving }] = useMutation(UpdateRolloutTaskDocument);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(task.title);
  const [owner, setOwner] = useState(task.owner ?? '');
  const [dueDate, setDueDate] = useState(task.dueDateSet ? task.dueDate : '');
  const checks = useFormProblems(TASK_LABELS, NO_CLIENT_CHECKS);
  const edit =
    (field: TaskField, setValue: (value: string) => void) =>
    (value: string) => {
      checks.onEdit(field);
      setValue(value);
    };

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

  function cancel(): void {
    checks.clear();
    setEditing(false);
  }

  return {
    editing,
    open: () => setEditing(true),
    cancel,
    save,
    saving,
    checks,
    values: { title, owner, dueDate },
    onTitleChange: edit('title', setTitle),
    onOwnerChange: edit('owner', setOwner),
    onDueDateChange: edit('dueDate', setDueDate),
  };
}

export type RolloutTaskEditorState = ReturnType<typeof useRolloutTaskEditor>;
