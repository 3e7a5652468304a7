import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AddMembershipDocument,
  CreateUserDocument,
  OrganizationMembersDocument,
  type Role,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  CheckboxField,
  FormActions,
  SelectField,
} from '@esm-planner/dashboard-ui';
import { roleLabel } from '../access/roles';
import { ErrorSummary } from '../forms/ErrorSummary';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { useFormProblems } from '../forms/useFormProblems';
import {
  ADD_PERSON_LABELS,
  addPersonProblems,
  EMPTY_PERSON,
  membershipDepartments,
  ROLE_CHOICES,
} from './add-person-form';
import { PersonFields } from './PersonFields';

type Props = {
  organization: {
    id: string;
    name: string;
    departments: readonly { id: string; name: string }[];
  };
};

/** An ADMIN creates an account and gives it a role here, in one form. */
export function AddPersonCard({ organization }: Props) {
  const [values, setValues] = useState(EMPTY_PERSON);
  const checks = useFormProblems(ADD_PERSON_LABELS, addPersonProblems(values));
  const errors = checks.problems.fields;
  const [added, setAdded] = useState<string | null>(null);
  // An account created whose role was then refused: the retry gives the role only.
  const [created, setCreated] = useState<{
    email: string;
    userId: string;
  } | null>(null);
  const [createUser, creating] = useMutation(CreateUserDocument);
  const [addMembership, adding] = useMutation(AddMembershipDocument, {
    refetchQueries: [
      {
        query: OrganizationMembersDocument,
        variables: { organizationId: organization.id },
      },
    ],
  });
  const set =
    <K extends keyof typeof values>(field: K) =>
    (value: (typeof values)[K]) => {
      checks.onEdit(field);
      setAdded(null);
      setValues({ ...values, [field]: value });
    };
  const toggleDepartment = (id: string) => (checked: boolean) =>
    set('departmentIds')(
      checked
        ? [...values.departmentIds, id]
        : values.departmentIds.filter((other) => other !== id),
    );

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAdded(null);
    if (!checks.beginSubmit()) return;
    try {
      const email = values.email.trim();
      let userId = created?.email === email ? created.userId : null;
      if (!userId) {
        const result = await createUser({
          variables: {
            input: {
              name: values.name.trim(),
              email,
              password: values.password,
            },
          },
        });
        userId = result.data!.createUser.id;
        setCreated({ email, userId });
      }
      await addMembership({
        variables: {
          input: {
            organizationId: organization.id,
            userId,
            role: values.role,
            departmentIds: membershipDepartments(values),
          },
        },
      });
      setCreated(null);
      setValues(EMPTY_PERSON);
      checks.clear();
      setAdded(
        `Added ${values.name.trim()} as ${roleLabel(values.role)}. Give them their e-mail (${email}) and the password you chose.`,
      );
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  return (
    <Card as="section" title="Add a person" testId="add-person">
      <p className="muted">
        Creates their account with a password you choose and gives them a role
        in {organization.name}.
      </p>
      <form
        className="people-form people-form--spaced"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <ErrorSummary
          problems={checks.problems}
          labels={ADD_PERSON_LABELS}
          attempt={checks.attempt}
          title="The person was not added"
        />
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
          <fieldset className="people-form__departments">
            <legend>Departments they head</legend>
            {organization.departments.length === 0 ? (
              <p className="muted">
                This organisation has no departments yet: add them first.
              </p>
            ) : null}
            {organization.departments.map((department) => (
              <CheckboxField
                key={department.id}
                label={department.name}
                name={`department-${department.id}`}
                checked={values.departmentIds.includes(department.id)}
                onChange={toggleDepartment(department.id)}
              />
            ))}
            {errors.departmentIds ? (
              <p className="people-form__error">{errors.departmentIds}</p>
            ) : null}
          </fieldset>
        ) : null}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={creating.loading || adding.loading}
            testId="add-person-submit"
          >
            Add person
          </Button>
          <SaveConfirmation message={added} />
        </FormActions>
      </form>
    </Card>
  );
}
