import type { SaveBusinessCaseInput } from '@esm-planner/dashboard-data-access-graphql';
import { fromText } from './case-form';

export type NewCaseForm = {
  name: string;
  loadedHourlyCost: string;
  oneTimeCosts: string;
  changeManagementCost: string;
  monthlyPlatformCost: string;
  monthlyCoeCost: string;
  departmentIds: string[];
};

export const NEW_CASE_FIELDS = [
  { key: 'loadedHourlyCost', label: 'Loaded hourly cost', required: true },
  {
    key: 'oneTimeCosts',
    label: 'One-time costs (implementation, integration)',
    required: true,
  },
  { key: 'changeManagementCost', label: 'Change management', required: false },
  {
    key: 'monthlyPlatformCost',
    label: 'Platform cost per month',
    required: true,
  },
  { key: 'monthlyCoeCost', label: 'CoE cost per month', required: false },
] as const;

/** Runs a new case asks for, so its page opens with the Monte Carlo spread. */
export const NEW_CASE_MONTE_CARLO_RUNS = 2_000;

/** The departments a new case starts with: those with an audit, so the case has volumes to work on. */
export function prefilledDepartments(
  departments: readonly {
    id: string;
    baseline?: { monthlyVolume: number } | null;
  }[],
): string[] {
  return departments.filter((d) => d.baseline).map((d) => d.id);
}

/** Field → message for what the form can check itself; the API checks the rest. */
export function newCaseProblems(form: NewCaseForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.name.trim()) problems.name = 'Name the case.';
  for (const { key, label, required } of NEW_CASE_FIELDS) {
    const value = fromText(form[key], 'money');
    if (value === null && required) problems[key] = `${label} is required.`;
    else if (Number.isNaN(value)) problems[key] = `${label} is not a number.`;
  }
  if (form.departmentIds.length === 0)
    problems.departments = 'Choose at least one department.';
  return problems;
}

/** Only the costs are entered: volumes, minutes, targets and go-live months follow their defaults. */
export function newCaseRequest(
  form: NewCaseForm,
  organizationId: string,
): SaveBusinessCaseInput {
  const money = (text: string) => fromText(text, 'money');
  return {
    organizationId,
    name: form.name.trim(),
    inputs: {
      loadedHourlyCost: money(form.loadedHourlyCost) ?? 0,
      oneTimeCosts: money(form.oneTimeCosts) ?? 0,
      monthlyPlatformCost: money(form.monthlyPlatformCost) ?? 0,
      changeManagementCost: money(form.changeManagementCost),
      monthlyCoeCost: money(form.monthlyCoeCost),
      monteCarloRuns: NEW_CASE_MONTE_CARLO_RUNS,
      departments: form.departmentIds.map((departmentId) => ({ departmentId })),
    },
  };
}
