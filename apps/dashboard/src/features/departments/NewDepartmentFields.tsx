import { SelectField, TextField } from '@esm-planner/dashboard-ui';
import {
  isDepartmentKind,
  MAX_DEPARTMENT_NAME_LENGTH,
  MAX_SERVICE_OWNER_LENGTH,
  MAX_VOCABULARY_LENGTH,
} from '@esm-planner/domain-departments';
import { NEW_DEPARTMENT_LABELS } from './department-form';
import { defaultVocabularyFor, KIND_OPTIONS } from './department-labels';
import type { useNewDepartmentForm } from './useNewDepartmentForm';

type NewDepartmentFieldsProps = Pick<
  ReturnType<typeof useNewDepartmentForm>,
  'values' | 'errors' | 'nameRef' | 'update' | 'leave'
>;

/** Name, kind, service owner and vocabulary of a department to create. */
export function NewDepartmentFields({
  values,
  errors,
  nameRef,
  update,
  leave,
}: NewDepartmentFieldsProps) {
  const suggestedWord = defaultVocabularyFor(values.kind);
  return (
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
        placeholder={defaultVocabularyFor(values.kind) ?? 'Choose a kind first'}
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
  );
}
