import type { ReactNode } from 'react';
import './StatGrid.css';

export type StatItem = {
  label: string;
  value: ReactNode;
  /** A short line under the value, e.g. the unit or what it is based on. */
  hint?: ReactNode;
  testId?: string;
};

export type StatGridProps = {
  items: readonly StatItem[];
};

/** Key figures as tiles: label above, large value, optional hint. */
export function StatGrid({ items }: StatGridProps) {
  return (
    <dl className="ui-stat-grid">
      {items.map((item) => (
        <div key={item.label} className="ui-stat" data-testid={item.testId}>
          <dt className="ui-stat__label">{item.label}</dt>
          <dd className="ui-stat__value">{item.value}</dd>
          {item.hint !== undefined ? (
            <dd className="ui-stat__hint">{item.hint}</dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
