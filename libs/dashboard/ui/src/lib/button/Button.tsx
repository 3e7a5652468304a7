import type { MouseEventHandler, ReactNode } from 'react';
import { cx } from '../class-names';
import { Spinner } from '../feedback/Spinner';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export type ButtonProps = {
  children: ReactNode;
  /** Defaults to `button`, so a button never submits a form by accident. */
  type?: 'button' | 'submit' | 'reset';
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /** Shows a spinner and blocks clicks while an action runs. */
  loading?: boolean;
  disabled?: boolean;
  /** An icon before the label. */
  icon?: ReactNode;
  onClick?: MouseEventHandler<HTMLButtonElement>;
  ariaLabel?: string;
  ariaExpanded?: boolean;
  ariaControls?: string;
  /** Ids of the elements that explain the button, e.g. why it is disabled. */
  ariaDescribedBy?: string;
  testId?: string;
  className?: string;
};

export function Button({
  children,
  type = 'button',
  variant = 'secondary',
  size = 'md',
  loading = false,
  disabled = false,
  icon,
  onClick,
  ariaLabel,
  ariaExpanded,
  ariaControls,
  ariaDescribedBy,
  testId,
  className,
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'ui-button',
        `ui-button--${variant}`,
        `ui-button--${size}`,
        className,
      )}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      aria-label={ariaLabel}
      aria-expanded={ariaExpanded}
      aria-controls={ariaControls}
      aria-describedby={ariaDescribedBy}
      data-testid={testId}
      onClick={onClick}
    >
      {loading ? <Spinner size="sm" decorative /> : icon}
      <span>{children}</span>
    </button>
  );
}
