import type { TargetField } from '@esm-planner/domain-imports';
import { Button, SelectField, TextField } from '@esm-planner/dashboard-ui';
import type { ColumnSuggestion } from './column-suggestions';
import { fieldHint } from './field-labels';
import {
  choiceOfPickerValue,
  pickerOptions,
  pickerValue,
} from './field-picker-options';
import { valueTargetOptions } from './value-targets';
import type { FieldChoice } from './wizard-mapping';

export type FieldPickerProps = {
  field: TargetField;
  label: string;
  choice: FieldChoice;
  headers: readonly string[];
  /** A few values of the chosen column, from the first rows. */
  samples: (column: string) => string[];
  suggestions: readonly ColumnSuggestion[];
  error?: string;
  onChange: (choice: FieldChoice) => void;
};

/** One target field: the file's column that holds it, or one value for every row, with suggestions. */
export function FieldPicker({
  field,
  label,
  choice,
  headers,
  samples,
  suggestions,
  error,
  onChange,
}: FieldPickerProps) {
  const targets = valueTargetOptions(field);
  const best = suggestions[0];
  const showSuggestion =
    best && !(choice.kind === 'column' && choice.column === best.column);
  return (
    <div className="field-picker" data-testid={`field-${field.name}`}>
      <SelectField
        label={label}
        name={`field-${field.name}`}
        value={pickerValue(choice)}
        required={field.required}
        error={error}
        hint={fieldHint(field.name)}
        options={pickerOptions(field, headers)}
        onChange={(next) => onChange(choiceOfPickerValue(next, targets))}
      />
      {choice.kind === 'constant' ? (
        targets ? (
          <SelectField
            label={`${label}: value for every row`}
            name={`constant-${field.name}`}
            value={choice.value}
            options={targets}
            required
            onChange={(next) => onChange({ kind: 'constant', value: next })}
          />
        ) : (
          <TextField
            label={`${label}: value for every row`}
            name={`constant-${field.name}`}
            value={choice.value}
            required
            onChange={(next) => onChange({ kind: 'constant', value: next })}
          />
        )
      ) : null}
      {choice.kind === 'column' ? (
        <p className="field-picker__samples">
          In the file:{' '}
          {samples(choice.column).join(' · ') || 'the first rows are empty'}
        </p>
      ) : null}
      {showSuggestion ? (
        <p className="field-picker__suggestion">
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onChange({ kind: 'column', column: best.column })}
            ariaLabel={`Use ${best.column} for ${label}`}
          >
            Use “{best.column}”
          </Button>{' '}
          <span className="muted">{best.reasons.join('; ')}</span>
        </p>
      ) : null}
    </div>
  );
}
