import type { ReactNode } from 'react';
import './FormActions.css';

export type FormActionsProps = {
  /** The primary action first: it is the first one a keyboard user reaches. */
  children: ReactNode;
};

export function FormActions({ children }: FormActionsProps) {
  return <div className="ui-form-actions">{children}</div>;
}
