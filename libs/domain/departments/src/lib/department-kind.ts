/** The kinds of department the programme expands to (domain §1). */
export const DEPARTMENT_KINDS = [
  'IT',
  'HR',
  'FINANCE',
  'LEGAL',
  'FACILITIES',
  'PROCUREMENT',
  'SECURITY',
  'OTHER',
] as const;

export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export function isDepartmentKind(value: unknown): value is DepartmentKind {
  return (
    typeof value === 'string' &&
    (DEPARTMENT_KINDS as readonly string[]).includes(value)
  );
}
