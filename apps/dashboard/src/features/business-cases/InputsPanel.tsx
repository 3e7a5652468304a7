import { Badge, Button, Card, TextField } from '@esm-planner/dashboard-ui';
import {
  type CaseForm,
  currentValue,
  DEPARTMENT_FIELDS,
  type DepartmentKey,
  GLOBAL_FIELDS,
  type GlobalKey,
  placeholderText,
  toText,
} from './case-form';
import { sourceBadge } from './case-format';

export type InputsPanelProps = {
  form: CaseForm;
  /** Field path → message, from the form or the API's BAD_USER_INPUT. */
  problems: Record<string, string>;
  readOnly: boolean;
  /** The person left a field (by its name): where its own check is shown. */
  onLeave: (field: string) => void;
  onGlobal: (key: GlobalKey, text: string) => void;
  onDepartment: (index: number, key: DepartmentKey, text: string) => void;
};

function SourceBadge({ source }: { source: string }) {
  const { label, tone } = sourceBadge(source);
  return <Badge tone={tone}>{label}</Badge>;
}

/** Every input of the case; department figures show their default's source and can be overridden and reset. */
export function InputsPanel({
  form,
  problems,
  readOnly,
  onLeave,
  onGlobal,
  onDepartment,
}: InputsPanelProps) {
  return (
    <Card title="Inputs" testId="case-inputs">
      <div className="case-inputs__globals">
        {GLOBAL_FIELDS.map(({ key, label, fallback, unit }) => (
          <TextField
            key={key}
            label={label}
            name={key}
            value={form.globals[key]}
            onChange={(text) => onGlobal(key, text)}
            onBlur={() => onLeave(key)}
            inputMode="decimal"
            placeholder={
              fallback === null
                ? undefined
                : `default ${toText(fallback, unit)}`
            }
            error={problems[key]}
            disabled={readOnly}
            required={fallback === null}
          />
        ))}
      </div>
      {form.departments.map((department, index) => (
        <DepartmentInputs
          key={department.departmentId}
          department={department}
          index={index}
          problems={problems}
          readOnly={readOnly}
          onLeave={onLeave}
          onDepartment={onDepartment}
        />
      ))}
    </Card>
  );
}

/** One department's figures, each with its default's source and a reset to it. */
function DepartmentInputs({
  department,
  index,
  problems,
  readOnly,
  onLeave,
  onDepartment,
}: Pick<
  InputsPanelProps,
  'problems' | 'readOnly' | 'onLeave' | 'onDepartment'
> & {
  department: CaseForm['departments'][number];
  index: number;
}) {
  return (
    <fieldset
      className="case-inputs__department"
      data-testid={`case-department-${department.name}`}
    >
      <legend>{department.name}</legend>
      <div className="case-inputs__fields">
        {DEPARTMENT_FIELDS.map(({ key, label, unit }) => {
          const field = `departments[${index}].${key}`;
          const current = currentValue(department, key);
          const fallback = department.defaults[key];
          return (
            <div
              key={key}
              className="case-inputs__field"
              data-testid={`${department.name}-${key}`}
            >
              <TextField
                label={label}
                name={field}
                value={department.text[key]}
                onChange={(text) => onDepartment(index, key, text)}
                onBlur={() => onLeave(field)}
                inputMode="decimal"
                placeholder={placeholderText(fallback.value, unit)}
                hint={fallback.note ?? undefined}
                error={problems[field]}
                disabled={readOnly}
              />
              <div className="case-inputs__source">
                <SourceBadge source={current.source} />
                {current.source === 'ENTERED' && !readOnly ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => onDepartment(index, key, '')}
                    testId={`${department.name}-${key}-reset`}
                  >
                    Reset to {sourceBadge(fallback.source).label.toLowerCase()}{' '}
                    ({placeholderText(fallback.value, unit)})
                  </Button>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
