import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  CreateDepartmentDocument,
  OrganizationOverviewDocument,
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
  isDepartmentKind,
  MAX_DEPARTMENT_NAME_LENGTH,
  MAX_SERVICE_OWNER_LENGTH,
  MAX_VOCABULARY_LENGTH,
} from '@esm-planner/domain-departments';
import {
  EMPTY_NEW_DEPARTMENT,
  missingRequiredFields,
  toCreateDepartmentInput,
  type NewDepartmentField,
  type NewDepartmentValues,
} from './department-form';
import { defaultVocabularyFor, KIND_OPTIONS } from './department-labels';
import { problemsFromFailure } from '../forms/field-problems';

const NO_PROBLEMS: FormProblems<NewDepartmentField> = { fields: {}, other: [] };

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
  const [problems, setProblems] = useState(NO_PROBLEMS);
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

  const update = (patch: Partial<NewDepartmentValues>) =>
    setValues((current) => ({ ...current, ...patch }));
  const suggestedWord = defaultVocabularyFor(values.kind);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const missing = missingRequiredFields(values);
    const { kind } = values;
    if (Object.keys(missing).length > 0 || kind === '') {
      setProblems({ fields: missing, other: [] });
      return;
    }
    setProblems(NO_PROBLEMS);
    try {
      const { data } = await create({
        variables: {
          input: toCreateDepartmentInput(organizationId, { ...values, kind }),
        },
      });
      onCreated(data?.createDepartment.name ?? values.name.trim());
    } catch (failure) {
      setProblems(problemsFromFailure(failure, { name: 'Name', kind: 'Kind', serviceOwner: 'Service owner', vocabulary: 'Vocabulary' }));
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
        {problems.other.length > 0 ? (
          <ErrorBanner
            title="The department was not created"
            messages={problems.other}
          />
        ) : null}
        <div className="department-form__grid">
          <TextField
            label="Name"
            name="name"
            required
            value={values.name}
            maxLength={MAX_DEPARTMENT_NAME_LENGTH}
            error={problems.fields.name}
            inputRef={nameRef}
            onChange={(name) => update({ name })}
          />
          <SelectField
            label="Kind"
            name="kind"
            required
            value={values.kind}
            placeholder="Choose a kind…"
            options={KIND_OPTIONS}
            error={problems.fields.kind}
            onChange={(kind) =>
              update({ kind: isDepartmentKind(kind) ? kind : '' })
            }
          />
          <TextField
            label="Service owner"
            name="serviceOwner"
            value={values.serviceOwner}
            maxLength={MAX_SERVICE_OWNER_LENGTH}
            hint="The person accountable for the department’s services."
            error={problems.fields.serviceOwner}
            onChange={(serviceOwner) => update({ serviceOwner })}
          />
          <TextField
            label="Vocabulary"
            name="vocabulary"
            value={values.vocabulary}
            maxLength={MAX_VOCABULARY_LENGTH}
            placeholder={suggestedWord ?? 'Choose a kind first'}
            hint={
              suggestedWord
                ? `The department’s word for one unit of work. Leave empty to use “${suggestedWord}”.`
                : 'The department’s word for one unit of work.'
            }
            error={problems.fields.vocabulary}
            onChange={(vocabulary) => update({ vocabulary })}
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
