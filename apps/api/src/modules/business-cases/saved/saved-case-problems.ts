import type { SavedCaseInputs } from '@esm-planner/domain-business-case';
import type { FieldProblem } from '../../../common/app-error';

export const MAX_CASE_NAME = 200;

/**
 * What stops a case from being saved before its figures are checked: a name
 * that is empty or too long, and departments the organisation does not have
 * or that the case lists twice.
 */
export function savedCaseProblems({
  name,
  saved,
  departmentIds,
}: {
  /** The name as it will be stored (trimmed). */
  name: string;
  saved: Pick<SavedCaseInputs, 'departments'>;
  /** The organisation's departments. */
  departmentIds: ReadonlySet<string>;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!name || name.length > MAX_CASE_NAME)
    problems.push({
      field: 'name',
      message: `name must be 1 to ${MAX_CASE_NAME} characters`,
    });
  const seen = new Set<string>();
  saved.departments.forEach((d, i) => {
    const field = `inputs.departments[${i}].departmentId`;
    if (!departmentIds.has(d.departmentId))
      problems.push({
        field,
        message: 'no such department in this organisation',
      });
    else if (seen.has(d.departmentId))
      problems.push({
        field,
        message: 'the department is already in the case',
      });
    seen.add(d.departmentId);
  });
  return problems;
}
