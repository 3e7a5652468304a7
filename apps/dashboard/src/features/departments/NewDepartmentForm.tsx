import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  CreateDepartmentDocument,
  OrganizationOverviewDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import {
  isDepartmentKind,
  MAX_DEPARTMENT_NAME_LENGTH,
  MAX_SERVICE_OWNER_LENGTH,
  MAX_VOCABULARY_LENGTH,
} from '@esm-planner/domain-departments';
import {
  EMPTY_NEW_DEPARTMENT,
  missingRequiredFields,
  NEW_DEPARTMENT_LABELS,
  toCreateDepartmentInput,
  type NewDepartmentField,
  type NewDepartmentValues,
} from './department-form';
import { defaultVocabularyFor, KIND_OPTIONS } from './department-labels';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useFormProblems } from '../forms/useFormProblems';

export type NewDepartmentFormProps = {
  id: string;
  organizationId: string;
  /** Called with the new department's name once it is in the list. */
  onCreated: (name: string) => void;
  onCancel: () => void;
};

export function NewDepartmentForm({
  id,
  organizationId,
  onCreated,
  onCancel,
}: NewDepartmentFormProps) {
  const [values, setValues] =
    useState<NewDepartmentValues>(EMPTY_NEW_DEPARTMENT);
  const checks = useFormProblems(
    NEW_DEPARTMENT_LABELS,
    missingRequiredFields(values),
  );
  const errors = checks.problems.fields;
  const nameRef = useRef<HTMLInputElement>(null);
  // Waiting for the refetch means the new card is on screen when the form
  // closes, ordered where the API puts it.
  const [create, { loading }] = useMutation(CreateDepartmentDocument, {
    refetchQueries: [
      { query: OrganizationOverviewDocument, variables: { organizationId } },
    ],
    awaitRefetchQueries: true,
  });

  useEffect(() => nameRef.current?.focus(), []);

  const update = (patch: Partial<NewDepartmentValues>) => {
    for (const field of Object.keys(patch)) checks.onEdit(field);
    setValues((current) => ({ ...current, ...patch }));
  };
  const leave = (field: NewDepartmentField) => () => checks.onBlur(field);
  const suggestedWord = defaultVocabularyFor(values.kind);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const { kind } = values;
    if (!checks.beginSubmit() || kind === '') return;
    try {
      const { data } = await create({
        variables: {
          input: toCreateDepartmentInput(organizationId, { ...values, kind }),
        },
      });
      onCreated(data?.createDepartment.name ?? values.name.trim());
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  return (
    <Card as="section" title="New department" testId="new-department-form">
      <form
        id={id}
        className="department-form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <ErrorSummary
          problems={checks.problems}
          labels={NEW_DEPARTMENT_LABELS}
          attempt={checks.attempt}
          title="The department was not created"
        />
        <div className="department-form__grid">
          <TextField
            label={NEW_DEPARTMENT_LABELS.name}
            name="name"
            required
            value={values.name}
            maxLength={MAX_DEPARTMENT_NAME_LENGTH}
            error={errors.name}
            inputRef={nameRef}
            onChange={(name) => update({ name })}
            onBlur={leave('name')}
          />
          <SelectField
            label={NEW_DEPARTMENT_LABELS.kind}
            name="kind"
            required
            value={values.kind}
            placeholder="Choose a kind…"
            options={KIND_OPTIONS}
            error={errors.kind}
            onChange={(kind) =>
              update({ kind: isDepartmentKind(kind) ? kind : '' })
            }
          />
          <TextField
            label={NEW_DEPARTMENT_LABELS.serviceOwner}
            name="serviceOwner"
            value={values.serviceOwner}
            maxLength={MAX_SERVICE_OWNER_LENGTH}
            hint="The person accountable for the department’s services."
            error={errors.serviceOwner}
            onChange={(serviceOwner) => update({ serviceOwner })}
            onBlur={leave('serviceOwner')}
          />
          <TextField
            label={NEW_DEPARTMENT_LABELS.vocabulary}
            name="vocabulary"
            value={values.vocabulary}
            maxLength={MAX_VOCABULARY_LENGTH}
            placeholder={suggestedWord ?? 'Choose a kind first'}
            hint={
              suggestedWord
                ? `The department’s word for one unit of work. Leave empty to use “${suggestedWord}”.`
                : 'The department’s word for one unit of work.'
            }
            error={errors.vocabulary}
            onChange={(vocabulary) => update({ vocabulary })}
            onBlur={leave('vocabulary')}
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" loading={loading}>
            Create department
          </Button>
          <Button variant="ghost" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
