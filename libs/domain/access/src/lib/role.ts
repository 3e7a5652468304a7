/** Roles a person holds in one organisation (api.md "Who may do what"). */
export const ROLES = [
  'ADMIN',
  'EXECUTIVE',
  'COE',
  'DEPARTMENT_HEAD',
  'VIEWER',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (
    typeof value === 'string' && (ROLES as readonly string[]).includes(value)
  );
}
