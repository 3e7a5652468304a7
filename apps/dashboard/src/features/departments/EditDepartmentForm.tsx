import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateDepartmentDocument,
  type DepartmentFieldsFragment,
  type FormProblems,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
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
  editValuesOf,
  toUpdateDepartmentInput,
  type EditDepartmentField,
  type EditDepartmentValues,
} from './department-form';
import { defaultVocabularyFor, STATUS_OPTIONS } from './department-labels';
import { problemsFromFailure } from '../forms/field-problems';

const NO_PROBLEMS: FormProblems<EditDepartmentField> = {
  fields: {},
  other: [],
};

export type EditDepartmentFormProps = {
  department: DepartmentFieldsFragment;
};

/** Service owner, vocabulary and status; the saved department updates the page through the cache. */
export function EditDepartmentForm({ department }: EditDepartmentFormProps) {
  const [values, setValues] = useState<EditDepartmentValues>(() =>
    editValuesOf(department),
  );
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateDepartmentDocument);
  const defaultWord = defaultVocabularyFor(department.kind);

  const update = (patch: Partial<EditDepartmentValues>) => {
    setSaved(false);
    setValues((current) => ({ ...current, ...patch }));
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    setProblems(NO_PROBLEMS);
    try {
      const { data } = await save({
        variables: {
          id: department.id,
          input: toUpdateDepartmentInput(values),
        },
      });
      if (data) setValues(editValuesOf(data.updateDepartment));
      setSaved(true);
    } catch (failure) {
      setProblems(problemsFromFailure(failure, { serviceOwner: 'Service owner', vocabulary: 'Vocabulary', status: 'Status' }));
    }
  }

  return (
    <Card as="section" title="Edit department" testId="edit-department-form">
      <form
        className="department-form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        {problems.other.length > 0 ? (
          <ErrorBanner
            title="The changes were not saved"
            messages={problems.other}
          />
        ) : null}
        <TextField
          label="Service owner"
          name="serviceOwner"
          value={values.serviceOwner}
          maxLength={MAX_SERVICE_OWNER_LENGTH}
          hint="The person accountable for the department’s services. Leave empty if nobody is named yet."
          error={problems.fields.serviceOwner}
          onChange={(serviceOwner) => update({ serviceOwner })}
        />
        <TextField
          label="Vocabulary"
          name="vocabulary"
          value={values.vocabulary}
          maxLength={MAX_VOCABULARY_LENGTH}
          placeholder={defaultWord}
          hint={`The department’s word for one unit of work. Leave empty to use “${defaultWord ?? ''}”.`}
          error={problems.fields.vocabulary}
          onChange={(vocabulary) => update({ vocabulary })}
        />
        <SelectField
          label="Status"
          name="status"
          required
          value={values.status}
          options={STATUS_OPTIONS}
          error={problems.fields.status}
          onChange={(status) => {
            if (isDepartmentStatus(status)) update({ status });
          }}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={loading}>
            Save changes
          </Button>
          <span className="form-status" role="status">
            {saved ? 'Changes saved.' : ''}
          </span>
        </FormActions>
      </form>
    </Card>
  );
}
