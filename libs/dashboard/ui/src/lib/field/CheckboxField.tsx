import { useFieldIds } from './useFieldIds';

export type CheckboxFieldProps = {
  /** The visible label; it is also the control's accessible name. */
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  disabled?: boolean;
};

/** A checkbox with its label beside it and an optional hint below. */
export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  hint,
  disabled = false,
}: CheckboxFieldProps) {
  const ids = useFieldIds();
  return (
    <div className="ui-checkbox">
      <input
        id={ids.control}
        className="ui-checkbox__control"
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? ids.hint : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="ui-checkbox__label" htmlFor={ids.control}>
        {label}
      </label>
      {hint ? (
        <p className="ui-checkbox__hint" id={ids.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
