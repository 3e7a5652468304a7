import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateDepartmentDocument,
  type DepartmentFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import {
  Button,
  Card,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import {
  isDepartmentStatus,
  MAX_SERVICE_OWNER_LENGTH,
  MAX_VOCABULARY_LENGTH,
} from '@esm-planner/domain-departments';
import {
  EDIT_DEPARTMENT_LABELS,
  editValuesOf,
  toUpdateDepartmentInput,
  type EditDepartmentValues,
} from './department-form';
import { defaultVocabularyFor, STATUS_OPTIONS } from './department-labels';
import { ErrorSummary } from '../forms/ErrorSummary';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { useFormProblems } from '../forms/useFormProblems';

// Every field may be left empty; the API checks lengths and says which field.
const NO_CLIENT_CHECKS: readonly FieldProblem[] = [];

export type EditDepartmentFormProps = {
  department: DepartmentFieldsFragment;
};

/** Service owner, vocabulary and status; the saved department updates the page through the cache. */
export function EditDepartmentForm({ department }: EditDepartmentFormProps) {
  const [values, setValues] = useState<EditDepartmentValues>(() =>
    editValuesOf(department),
  );
  // What was loaded or last saved: unsaved changes are the difference.
  const [baseline, setBaseline] = useState(values);
  const checks = useFormProblems(EDIT_DEPARTMENT_LABELS, NO_CLIENT_CHECKS);
  const errors = checks.problems.fields;
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateDepartmentDocument);
  const defaultWord = defaultVocabularyFor(department.kind);

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

  return (
    <Card as="section" title="Edit department" testId="edit-department-form">
      <UnsavedChangesGuard
        when={isChanged(baseline, values)}
        what="the department’s changes"
      />
      <form
        className="department-form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <ErrorSummary
          problems={checks.problems}
          labels={EDIT_DEPARTMENT_LABELS}
          attempt={checks.attempt}
          title="The changes were not saved"
        />
        <TextField
          label={EDIT_DEPARTMENT_LABELS.serviceOwner}
          name="serviceOwner"
          value={values.serviceOwner}
          maxLength={MAX_SERVICE_OWNER_LENGTH}
          hint="The person accountable for the department’s services. Leave empty if nobody is named yet."
          error={errors.serviceOwner}
          onChange={(serviceOwner) => update({ serviceOwner })}
        />
        <TextField
          label={EDIT_DEPARTMENT_LABELS.vocabulary}
          name="vocabulary"
          value={values.vocabulary}
          maxLength={MAX_VOCABULARY_LENGTH}
          placeholder={defaultWord}
          hint={`The department’s word for one unit of work. Leave empty to use “${defaultWord ?? ''}”.`}
          error={errors.vocabulary}
          onChange={(vocabulary) => update({ vocabulary })}
        />
        <SelectField
          label={EDIT_DEPARTMENT_LABELS.status}
          name="status"
          required
          value={values.status}
          options={STATUS_OPTIONS}
          error={errors.status}
          onChange={(status) => {
            if (isDepartmentStatus(status)) update({ status });
          }}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={loading}>
            Save changes
          </Button>
          <SaveConfirmation message={saved ? 'Changes saved.' : null} />
        </FormActions>
      </form>
    </Card>
  );
}
