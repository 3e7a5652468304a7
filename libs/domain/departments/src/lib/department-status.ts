/**
 * Lifecycle of a department in the programme (domain §1), in the order a
 * department moves through it.
 */
export const DEPARTMENT_STATUSES = [
  'PLANNED',
  'AUDITING',
  'BUILDING',
  'PILOTING',
  'LIVE',
] as const;

export type DepartmentStatus = (typeof DEPARTMENT_STATUSES)[number];

export function isDepartmentStatus(value: unknown): value is DepartmentStatus {
  return (
    typeof value === 'string' &&
    (DEPARTMENT_STATUSES as readonly string[]).includes(value)
  );
}
