/**
 * Work another feature starts beside the `department` query when the query
 * selects that feature's field of Department, rather than after it: the
 * baselines module provides the one for `baseline`, so a department page's
 * two queries run side by side without this module importing baselines.
 */
export interface DepartmentFieldPrefetch {
  /** The field of Department whose loading starts early. */
  readonly field: string;
  start(context: object, departmentId: string): void;
}

export const DEPARTMENT_FIELD_PREFETCH = Symbol('DEPARTMENT_FIELD_PREFETCH');
