import type { ReactNode } from 'react';
import './Badge.css';

/** Colour families; each pairs a soft background with AA-contrast text. */
export type BadgeTone =
  'neutral' | 'info' | 'accent' | 'progress' | 'success' | 'warning' | 'danger';

export type BadgeProps = {
  children: ReactNode;
  tone?: BadgeTone;
  /** Shows a dot before the label, for statuses. */
  dot?: boolean;
  testId?: string;
};

export function Badge({
  children,
  tone = 'neutral',
  dot = false,
  testId,
}: BadgeProps) {
  return (
    <span className={`ui-badge ui-badge--${tone}`} data-testid={testId}>
      {dot ? <span className="ui-badge__dot" aria-hidden="true" /> : null}
      {children}
    </span>
  );
}
