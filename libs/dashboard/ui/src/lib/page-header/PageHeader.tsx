import type { ReactNode } from 'react';
import './PageHeader.css';

export type PageHeaderProps = {
  /** The page's one h1. */
  title: ReactNode;
  /** A short line above the title, e.g. the organisation or a back link. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  /** Buttons aligned to the right on wide screens, below on narrow ones. */
  actions?: ReactNode;
};

export function PageHeader({
  title,
  eyebrow,
  description,
  actions,
}: PageHeaderProps) {
  return (
    <div className="ui-page-header">
      <div className="ui-page-header__text">
        {eyebrow !== undefined ? (
          <div className="ui-page-header__eyebrow">{eyebrow}</div>
        ) : null}
        <h1 className="ui-page-header__title">{title}</h1>
        {description !== undefined ? (
          <p className="ui-page-header__description">{description}</p>
        ) : null}
      </div>
      {actions !== undefined ? (
        <div className="ui-page-header__actions">{actions}</div>
      ) : null}
    </div>
  );
}
