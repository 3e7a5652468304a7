import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  CreateDepartmentDocument,
  OrganizationOverviewDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  EMPTY_NEW_DEPARTMENT,
  missingRequiredFields,
  NEW_DEPARTMENT_LABELS,
  toCreateDepartmentInput,
  type NewDepartmentField,
  type NewDepartmentValues,
} from './department-form';
import { useFormProblems } from '../forms/useFormProblems';

/** The new-department form's values, problems and create; focuses the name on mount. */
export function useNewDepartmentForm(
  organizationId: string,
  onCreated: (name: string) => void,
) {
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

  return { values, checks, errors, nameRef, loading, update, leave, submit };
}
