import { describedBy, Field } from './Field';
import { useFieldIds } from './useFieldIds';

export type TextAreaFieldProps = {
  /** The visible label; it is also the control's accessible name. */
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: string;
  error?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  maxLength?: number;
};

/** Several lines of text, with the same label, hint and error as TextField. */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  rows = 3,
  hint,
  error,
  placeholder,
  required = false,
  disabled = false,
  maxLength,
}: TextAreaFieldProps) {
  const ids = useFieldIds();
  return (
    <Field
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      required={required}
    >
      <textarea
        id={ids.control}
        className="ui-field__control ui-field__control--multiline"
        name={name}
        value={value}
        rows={rows}
        placeholder={placeholder}
        required={required}
        disabled={disabled}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
