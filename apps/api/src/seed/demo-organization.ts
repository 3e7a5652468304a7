import type { Role } from '@esm-planner/domain-access';
import type {
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';

/**
 * The demo organisation `npm start` creates on first start: IT live, HR in
 * its pilot, Finance auditing, Legal and Facilities planned (quality.md).
 * Names match the sample files in tests/fixtures, so they import as they are.
 */
export const DEMO_ORGANIZATION = {
  name: 'Northwind Group (demo)',
  timeZone: 'Europe/London',
  currency: 'GBP',
};

export const DEMO_DEPARTMENTS: {
  name: string;
  kind: DepartmentKind;
  status: DepartmentStatus;
  serviceOwner: string;
  vocabulary: string | null;
}[] = [
  {
    name: 'IT',
    kind: 'IT',
    status: 'LIVE',
    serviceOwner: 'Priya Raman',
    vocabulary: null,
  },
  {
    name: 'HR',
    kind: 'HR',
    status: 'PILOTING',
    serviceOwner: 'Marcus Lee',
    vocabulary: null,
  },
  {
    name: 'Finance',
    kind: 'FINANCE',
    status: 'AUDITING',
    serviceOwner: 'Elena García',
    vocabulary: null,
  },
  {
    name: 'Legal',
    kind: 'LEGAL',
    status: 'PLANNED',
    serviceOwner: 'Tom Okafor',
    vocabulary: null,
  },
  {
    name: 'Facilities',
    kind: 'FACILITIES',
    status: 'PLANNED',
    serviceOwner: 'Aisha Khan',
    vocabulary: 'work order',
  },
];

/** Besides the demo administrator: one person per other role, same password. */
export const DEMO_PEOPLE: {
  email: string;
  name: string;
  role: Role;
  departments: string[];
}[] = [
  {
    email: 'cio@esm-planner.local',
    name: 'Dana Whitfield (CIO)',
    role: 'EXECUTIVE',
    departments: [],
  },
  {
    email: 'coe@esm-planner.local',
    name: 'Sam Ortiz (CoE lead)',
    role: 'COE',
    departments: [],
  },
  {
    email: 'hr.head@esm-planner.local',
    name: 'Marcus Lee (Head of HR)',
    role: 'DEPARTMENT_HEAD',
    departments: ['HR'],
  },
  {
    email: 'viewer@esm-planner.local',
    name: 'Robin Hale (viewer)',
    role: 'VIEWER',
    departments: [],
  },
];
