import type { Ref } from 'react';
import { describedBy, Field } from './Field';
import { useFieldIds } from './useFieldIds';

export type TextFieldProps = {
  /** The visible label; it is also the control's accessible name. */
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date';
  /** For `date`: the earliest and latest allowed day, `YYYY-MM-DD`. */
  min?: string;
  max?: string;
  hint?: string;
  error?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  autoComplete?: string;
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
  /** `decimal` or `numeric` for numbers typed as text, so a phone offers digits. */
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** Called when the person leaves the field: where a form judges what was typed. */
  onBlur?: () => void;
};

export function TextField({
  label,
  name,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  placeholder,
  required = false,
  disabled = false,
  autoComplete,
  maxLength,
  min,
  max,
  inputRef,
  inputMode,
  onBlur,
}: TextFieldProps) {
  const ids = useFieldIds();
  return (
    <Field
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      required={required}
    >
      <input
        ref={inputRef}
        id={ids.control}
        className="ui-field__control"
        type={type}
        name={name}
        value={value}
        placeholder={placeholder}
        required={required}
        disabled={disabled}
        autoComplete={autoComplete}
        maxLength={maxLength}
        min={min}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        inputMode={inputMode}
        onBlur={onBlur}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
