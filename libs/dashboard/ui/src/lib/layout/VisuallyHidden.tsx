import type { ReactNode } from 'react';

export type VisuallyHiddenProps = {
  children: ReactNode;
};

/** Text for screen readers only. */
export function VisuallyHidden({ children }: VisuallyHiddenProps) {
  return <span className="ui-visually-hidden">{children}</span>;
}
