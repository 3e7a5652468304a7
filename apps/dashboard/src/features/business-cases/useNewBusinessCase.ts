import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  type BusinessCasesPageQuery,
  SaveBusinessCaseDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { PATHS } from '../../app/routing/paths';
import { problemsFromFailure } from '../forms/field-problems';
import {
  NEW_CASE_FIELDS,
  newCaseProblems,
  newCaseRequest,
  type NewCaseForm,
  prefilledDepartments,
} from './new-case';

/** The organisation as the new-case form needs it: its name, departments and latest audits. */
export type NewCaseOrganization = NonNullable<
  BusinessCasesPageQuery['organization']
>;

/**
 * The new-case form's state: the costs as typed, the departments chosen
 * (prefilled from the audits), the problems, and saving, which opens the case.
 */
export function useNewBusinessCase(organization: NewCaseOrganization) {
  const navigate = useNavigate();
  const [form, setForm] = useState<NewCaseForm>(() => ({
    name: `${organization.name} ESM expansion`,
    loadedHourlyCost: '',
    oneTimeCosts: '',
    changeManagementCost: '',
    monthlyPlatformCost: '',
    monthlyCoeCost: '',
    departmentIds: prefilledDepartments(organization.departments),
  }));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveBusinessCaseDocument);
  const submit = async () => {
    const local = newCaseProblems(form);
    setProblems(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await save({
        variables: { input: newCaseRequest(form, organization.id) },
      });
      if (data)
        void navigate(
          PATHS.businessCase(organization.id, data.saveBusinessCase.id),
        );
    } catch (cause) {
      const labels = {
        name: 'Name',
        ...Object.fromEntries(
          NEW_CASE_FIELDS.map(({ key, label }) => [key, label]),
        ),
        departments: 'Departments',
      };
      const { fields, other } = problemsFromFailure(cause, labels, {
        prefix: 'inputs.',
      });
      setProblems(fields);
      setFailure(
        other.length > 0 ? other.join(' ') : 'Some figures need another look.',
      );
    }
  };
  const toggle = (id: string, on: boolean) =>
    setForm((f) => ({
      ...f,
      departmentIds: on
        ? [...f.departmentIds, id]
        : f.departmentIds.filter((d) => d !== id),
    }));
  return { form, setForm, problems, failure, submit, toggle, saving };
}
