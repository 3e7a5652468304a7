import { Button, Card, FormActions } from '@esm-planner/dashboard-ui';
import { NEW_DEPARTMENT_LABELS } from './department-form';
import { CheckedForm } from '../forms/CheckedForm';
import { NewDepartmentFields } from './NewDepartmentFields';
import { useNewDepartmentForm } from './useNewDepartmentForm';

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
  const { values, checks, errors, nameRef, loading, update, leave, submit } =
    useNewDepartmentForm(organizationId, onCreated);

  return (
    <Card as="section" title="New department" testId="new-department-form">
      <CheckedForm
        id={id}
        className="department-form"
        checks={checks}
        labels={NEW_DEPARTMENT_LABELS}
        failureTitle="The department was not created"
        onSubmit={submit}
      >
        <NewDepartmentFields
          values={values}
          errors={errors}
          nameRef={nameRef}
          update={update}
          leave={leave}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={loading}>
            Create department
          </Button>
          <Button variant="ghost" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
        </FormActions>
      </CheckedForm>
    </Card>
  );
}
