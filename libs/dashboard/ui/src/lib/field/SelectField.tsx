import { describedBy, Field } from './Field';
import { useFieldIds } from './useFieldIds';

export type SelectOption = {
  value: string;
  label: string;
  /** Listed but not choosable, e.g. a format that is not supported yet. */
  disabled?: boolean;
};

export type SelectFieldProps = {
  /** The visible label; it is also the control's accessible name. */
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a kind…"; omit when a value is always set. */
  placeholder?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  layout?: 'stacked' | 'inline';
};

export function SelectField({
  label,
  name,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required = false,
  disabled = false,
  layout = 'stacked',
}: SelectFieldProps) {
  const ids = useFieldIds();
  return (
    <Field
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      required={required}
      layout={layout}
    >
      <select
        id={ids.control}
        className="ui-field__control ui-field__control--select"
        name={name}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            disabled={option.disabled}
          >
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
