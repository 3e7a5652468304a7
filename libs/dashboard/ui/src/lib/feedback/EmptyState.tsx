import type { ReactNode } from 'react';
import './EmptyState.css';

export type EmptyStateProps = {
  title: string;
  description?: ReactNode;
  /** The next step, usually a button. */
  action?: ReactNode;
  testId?: string;
};

export function EmptyState({
  title,
  description,
  action,
  testId,
}: EmptyStateProps) {
  return (
    <div className="ui-empty-state" data-testid={testId}>
      <p className="ui-empty-state__title">{title}</p>
      {description !== undefined ? (
        <p className="ui-empty-state__description">{description}</p>
      ) : null}
      {action !== undefined ? (
        <div className="ui-empty-state__action">{action}</div>
      ) : null}
    </div>
  );
}
