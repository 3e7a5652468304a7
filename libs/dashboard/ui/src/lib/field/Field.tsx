import type { ReactNode } from 'react';
import { cx } from '../class-names';
import './Field.css';

/** The ids a control needs to point at its label, hint and error. */
export type FieldIds = {
  control: string;
  hint: string;
  error: string;
};

export type FieldProps = {
  ids: FieldIds;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** `inline` puts a compact label beside the control, e.g. in a toolbar. */
  layout?: 'stacked' | 'inline';
  children: ReactNode;
};

/** `aria-describedby` for a control: its hint and its error, when present. */
export function describedBy(
  ids: FieldIds,
  hint?: string,
  error?: string,
): string | undefined {
  const parts = [hint ? ids.hint : null, error ? ids.error : null].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Label, error, control and hint in one column: the error sits under the
 * label, above what it is about (the GOV.UK pattern). The error slot is
 * always rendered as a live region, so a message that appears after
 * submitting is announced by screen readers.
 */
export function Field({
  ids,
  label,
  hint,
  error,
  required = false,
  layout = 'stacked',
  children,
}: FieldProps) {
  return (
    <div
      className={cx(
        'ui-field',
        `ui-field--${layout}`,
        error && 'ui-field--invalid',
      )}
    >
      <label className="ui-field__label" htmlFor={ids.control}>
        {label}
        {required || layout === 'inline' ? null : (
          <span className="ui-field__optional"> (optional)</span>
        )}
      </label>
      <p className="ui-field__error" id={ids.error} aria-live="polite">
        {error ?? ''}
      </p>
      {children}
      {hint ? (
        <p className="ui-field__hint" id={ids.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
