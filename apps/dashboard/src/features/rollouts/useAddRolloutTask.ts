import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AddRolloutTaskDocument,
  type RolloutPlanFieldsFragment,
  type RolloutPhase,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { useFormProblems } from '../forms/useFormProblems';

// The add form's inputs have names of their own (each task's editor uses the API's); its problems are mapped onto them.
export const NEW_TASK_LABELS = {
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

/** The add-a-task form's state: the new task's fields, their problems, and adding it. */
export function useAddRolloutTask(
  plan: RolloutPlanFieldsFragment,
  onAdded: () => void,
) {
  const [add, { loading }] = useMutation(AddRolloutTaskDocument);
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<RolloutPhase>(plan.currentPhase);
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const checks = useFormProblems(NEW_TASK_LABELS, NO_CLIENT_CHECKS);
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
      onAdded();
    } catch (failure) {
      checks.failSubmit(failure, { inputNames: NEW_TASK_INPUTS });
    }
  }

  return {
    values: { title, phase, owner, dueDate },
    onTitleChange: edit('newTaskTitle', setTitle),
    onPhaseChange: edit('newTaskPhase', (chosen) =>
      setPhase(chosen as RolloutPhase),
    ),
    onOwnerChange: edit('newTaskOwner', setOwner),
    onDueDateChange: edit('newTaskDue', setDueDate),
    checks,
    submit,
    adding: loading,
  };
}
