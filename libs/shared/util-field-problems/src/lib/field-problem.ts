/**
 * One bad field, the single shape every validator returns (domain `*Problems`
 * functions, API services) and the API sends in `BAD_USER_INPUT`
 * `extensions.fields`. `field` is a dotted path into the input
 * (`horizonMonths`, `columns.2.source`, `answers.q3`), so a form can put the
 * message beside the input it came from. `value` is the rejected value when
 * echoing it helps (the API does not send it to clients).
 */
export type FieldProblem = { field: string; message: string; value?: unknown };

/** A FieldProblem, with `value` only when one is given. */
export function fieldProblem(
  field: string,
  message: string,
  value?: unknown,
): FieldProblem {
  return value === undefined ? { field, message } : { field, message, value };
}

/** The problems of one nested part of an input, their paths under `prefix` (`rows.3` + `weekStart`). */
export function problemsUnder(
  prefix: string,
  problems: readonly FieldProblem[],
): FieldProblem[] {
  return problems.map((problem) => ({
    ...problem,
    field: `${prefix}.${problem.field}`,
  }));
}

/** The last non-index segment of a path: `columns.2.source` → `source`. */
export function leafField(path: string): string {
  return (
    path
      .split('.')
      .filter((part) => part !== '' && !/^\d+$/.test(part))
      .pop() ?? path
  );
}
