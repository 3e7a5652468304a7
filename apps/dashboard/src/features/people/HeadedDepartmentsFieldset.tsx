import { CheckboxField } from '@esm-planner/dashboard-ui';

/** The departments a new department head heads, one checkbox each. */
export function HeadedDepartmentsFieldset({
  departments,
  selected,
  error,
  onChange,
}: {
  departments: readonly { id: string; name: string }[];
  selected: readonly string[];
  error: string | undefined;
  onChange: (departmentIds: string[]) => void;
}) {
  return (
    <fieldset className="people-form__departments">
      <legend>Departments they head</legend>
      {departments.length === 0 ? (
        <p className="muted">
          This organisation has no departments yet: add them first.
        </p>
      ) : null}
      {departments.map((department) => (
        <CheckboxField
          key={department.id}
          label={department.name}
          name={`department-${department.id}`}
          checked={selected.includes(department.id)}
          onChange={(checked) =>
            onChange(
              checked
                ? [...selected, department.id]
                : selected.filter((other) => other !== department.id),
            )
          }
        />
      ))}
      {error ? <p className="people-form__error">{error}</p> : null}
    </fieldset>
  );
}
