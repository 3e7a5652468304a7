import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateDepartmentDocument,
  type DepartmentFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  EDIT_DEPARTMENT_LABELS,
  editValuesOf,
  toUpdateDepartmentInput,
  type EditDepartmentValues,
} from './department-form';
import { useFormProblems } from '../forms/useFormProblems';

// Every field may be left empty; the API checks lengths and says which field.
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

/** The edit-department form's values, problems and save. */
export function useEditDepartmentForm(department: DepartmentFieldsFragment) {
  const [values, setValues] = useState<EditDepartmentValues>(() =>
    editValuesOf(department),
  );
  // What was loaded or last saved: unsaved changes are the difference.
  const [baseline, setBaseline] = useState(values);
  const checks = useFormProblems(EDIT_DEPARTMENT_LABELS, NO_CLIENT_CHECKS);
  const errors = checks.problems.fields;
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateDepartmentDocument);

  const update = (patch: Partial<EditDepartmentValues>) => {
    for (const field of Object.keys(patch)) checks.onEdit(field);
    setSaved(false);
    setValues((current) => ({ ...current, ...patch }));
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    checks.beginSubmit();
    try {
      const { data } = await save({
        variables: {
          id: department.id,
          input: toUpdateDepartmentInput(values),
        },
      });
      const stored = data ? editValuesOf(data.updateDepartment) : values;
      setValues(stored);
      setBaseline(stored);
      setSaved(true);
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  return { values, baseline, checks, errors, saved, loading, update, submit };
}
