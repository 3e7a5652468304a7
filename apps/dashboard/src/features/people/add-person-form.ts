import type { Role } from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';

/** The form's fields in screen order, named as the API names them, with their labels. */
export const ADD_PERSON_LABELS = {
  name: 'Name',
  email: 'E-mail',
  password: 'Password',
  role: 'Role',
  departmentIds: 'Departments they head',
} as const;

export type AddPersonValues = {
  name: string;
  email: string;
  password: string;
  role: Role;
  departmentIds: string[];
};

export const EMPTY_PERSON: AddPersonValues = {
  name: '',
  email: '',
  password: '',
  role: 'VIEWER',
  departmentIds: [],
};

/** The roles an ADMIN gives, with what each may do (api.md "Who may do what"). */
export const ROLE_CHOICES: readonly {
  value: Role;
  label: string;
  hint: string;
}[] = [
  {
    value: 'VIEWER',
    label: 'Viewer',
    hint: 'reads everything in the organisation, changes nothing',
  },
  {
    value: 'EXECUTIVE',
    label: 'Executive',
    hint: 'reads everything; writes business cases',
  },
  {
    value: 'COE',
    label: 'CoE',
    hint: 'runs the programme: roadmap, plans, maturity, catalogue, imports',
  },
  {
    value: 'DEPARTMENT_HEAD',
    label: 'Department head',
    hint: 'their own departments’ audits, imports, catalogue and plan tasks',
  },
  {
    value: 'ADMIN',
    label: 'Admin',
    hint: 'everything, people and roles included',
  },
];

/** Departments go with the department-head role only: other roles drop any that were ticked. */
export function membershipDepartments(values: AddPersonValues): string[] {
  return values.role === 'DEPARTMENT_HEAD' ? values.departmentIds : [];
}

/** What the form checks before asking the API (which checks again and has the last word). */
export function addPersonProblems(values: AddPersonValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.name.trim() === '')
    problems.push({ field: 'name', message: 'Enter the person’s name.' });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    problems.push({
      field: 'email',
      message: 'Enter an e-mail address, like name@example.com.',
    });
  if (values.password.length < 10)
    problems.push({
      field: 'password',
      message: 'Password must be at least 10 characters.',
    });
  if (values.role === 'DEPARTMENT_HEAD' && values.departmentIds.length === 0)
    problems.push({
      field: 'departmentIds',
      message: 'Tick the departments they head.',
    });
  return problems;
}
