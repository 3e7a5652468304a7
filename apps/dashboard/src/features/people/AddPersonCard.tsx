import type { Role } from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  FormActions,
  SelectField,
} from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { ADD_PERSON_LABELS, ROLE_CHOICES } from './add-person-form';
import { HeadedDepartmentsFieldset } from './HeadedDepartmentsFieldset';
import { PersonFields } from './PersonFields';
import { useAddPersonForm } from './useAddPersonForm';

type Props = {
  organization: {
    id: string;
    name: string;
    departments: readonly { id: string; name: string }[];
  };
};

/** An ADMIN creates an account and gives it a role here, in one form. */
export function AddPersonCard({ organization }: Props) {
  const { values, checks, errors, added, loading, set, submit } =
    useAddPersonForm(organization.id);

  return (
    <Card as="section" title="Add a person" testId="add-person">
      <p className="muted">
        Creates their account with a password you choose and gives them a role
        in {organization.name}.
      </p>
      <CheckedForm
        className="people-form people-form--spaced"
        checks={checks}
        labels={ADD_PERSON_LABELS}
        failureTitle="The person was not added"
        onSubmit={submit}
      >
        <PersonFields
          who="other"
          labels={ADD_PERSON_LABELS}
          values={values}
          errors={errors}
          onChange={(field, value) => set(field)(value)}
          onBlur={checks.onBlur}
        />
        <SelectField
          label="Role"
          name="role"
          required
          value={values.role}
          options={ROLE_CHOICES.map((choice) => ({
            value: choice.value,
            label: `${choice.label}: ${choice.hint}`,
          }))}
          error={errors.role}
          onChange={(value) => set('role')(value as Role)}
        />
        {values.role === 'DEPARTMENT_HEAD' ? (
          <HeadedDepartmentsFieldset
            departments={organization.departments}
            selected={values.departmentIds}
            error={errors.departmentIds}
            onChange={set('departmentIds')}
          />
        ) : null}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            testId="add-person-submit"
          >
            Add person
          </Button>
          <SaveConfirmation message={added} />
        </FormActions>
      </CheckedForm>
    </Card>
  );
}
