import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AddMembershipDocument,
  CreateUserDocument,
  OrganizationMembersDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { roleLabel } from '../access/roles';
import { useFormProblems } from '../forms/useFormProblems';
import {
  ADD_PERSON_LABELS,
  addPersonProblems,
  EMPTY_PERSON,
  membershipDepartments,
} from './add-person-form';

/** The add-person form: its values and problems, and the account then role it creates. */
export function useAddPersonForm(organizationId: string) {
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
        variables: { organizationId },
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
            organizationId,
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

  return {
    values,
    checks,
    errors,
    added,
    loading: creating.loading || adding.loading,
    set,
    submit,
  };
}
