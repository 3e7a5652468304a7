import { TextField } from '@esm-planner/dashboard-ui';
import type { ImportFormErrors, ImportFormValues } from './import-form';

export type AuditWindowFieldsetProps = {
  values: Pick<ImportFormValues, 'windowStart' | 'windowEnd'>;
  errors: ImportFormErrors;
  disabled: boolean;
  onChange: (patch: Partial<ImportFormValues>) => void;
};

/** The first and the last day an audit counted (an audit import only). */
export function AuditWindowFieldset({
  values,
  errors,
  disabled,
  onChange,
}: AuditWindowFieldsetProps) {
  return (
    <fieldset className="import-form__window">
      <legend>Audit window</legend>
      <p className="import-form__legend-hint">
        The first and the last day the audit counted, both included.
      </p>
      <div className="import-form__grid">
        <TextField
          label="Window start"
          name="windowStart"
          type="date"
          value={values.windowStart}
          required
          disabled={disabled}
          error={errors.windowStart}
          onChange={(windowStart) => onChange({ windowStart })}
        />
        <TextField
          label="Window end"
          name="windowEnd"
          type="date"
          value={values.windowEnd}
          min={values.windowStart || undefined}
          required
          disabled={disabled}
          error={errors.windowEnd}
          onChange={(windowEnd) => onChange({ windowEnd })}
        />
      </div>
    </fieldset>
  );
}
