import type { ReactNode } from 'react';
import './DescriptionList.css';

export type DescriptionItem = {
  term: string;
  description: ReactNode;
  testId?: string;
};

export type DescriptionListProps = {
  items: readonly DescriptionItem[];
};

/** Label–value pairs, two columns on wide screens and stacked on narrow ones. */
export function DescriptionList({ items }: DescriptionListProps) {
  return (
    <dl className="ui-description-list">
      {items.map((item) => (
        <div
          className="ui-description-list__item"
          key={item.term}
          data-testid={item.testId}
        >
          <dt>{item.term}</dt>
          <dd>{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
