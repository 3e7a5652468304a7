import type { Role } from '@esm-planner/dashboard-data-access-graphql';

/**
 * Whether to offer saving business cases: EXECUTIVE and ADMIN (api.md);
 * null is the instance administrator. Everyone else may still try figures
 * out (evaluation stores nothing). The API decides in the end.
 */
export function canWriteBusinessCases(
  myRole: Role | null | undefined,
): boolean {
  return myRole === null || myRole === 'ADMIN' || myRole === 'EXECUTIVE';
}

/**
 * Whether to offer the case's files: everyone who reads the whole
 * organisation. A department head's case page leaves the other departments'
 * lines out, and the API refuses them the files (docs/access.md).
 */
export function canDownloadCaseFiles(myRole: Role | null | undefined): boolean {
  return myRole !== undefined && myRole !== 'DEPARTMENT_HEAD';
}
