import type { DepartmentFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
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
import { EDIT_DEPARTMENT_LABELS } from './department-form';
import { defaultVocabularyFor, STATUS_OPTIONS } from './department-labels';
import { CheckedForm } from '../forms/CheckedForm';
import { isChanged } from '../forms/form-state';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { useEditDepartmentForm } from './useEditDepartmentForm';

export type EditDepartmentFormProps = {
  department: DepartmentFieldsFragment;
};

/** Service owner, vocabulary and status; the saved department updates the page through the cache. */
export function EditDepartmentForm({ department }: EditDepartmentFormProps) {
  const { values, baseline, checks, errors, saved, loading, update, submit } =
    useEditDepartmentForm(department);
  const defaultWord = defaultVocabularyFor(department.kind);

  return (
    <Card as="section" title="Edit department" testId="edit-department-form">
      <UnsavedChangesGuard
        when={isChanged(baseline, values)}
        what="the department’s changes"
      />
      <CheckedForm
        className="department-form"
        checks={checks}
        labels={EDIT_DEPARTMENT_LABELS}
        failureTitle="The changes were not saved"
        onSubmit={submit}
      >
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
      </CheckedForm>
    </Card>
  );
}
