import type { ReactNode } from 'react';

/** A wide table's box: it scrolls sideways by itself, and takes the keyboard focus so that it can be scrolled without a mouse. */
export function ScrollRegion({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className="wizard-scroll"
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
