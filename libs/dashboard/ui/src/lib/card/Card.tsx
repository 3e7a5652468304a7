import { useId, type ReactNode } from 'react';
import { cx } from '../class-names';
import './Card.css';

export type CardProps = {
  /** Heading of the card; a ReactNode so it can be a link. */
  title?: ReactNode;
  /** Heading level that fits the page outline. */
  titleAs?: 'h2' | 'h3';
  /** Right-aligned next to the title, e.g. a status badge. */
  aside?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  as?: 'article' | 'section' | 'div';
  testId?: string;
  className?: string;
};

export function Card({
  title,
  titleAs: Heading = 'h2',
  aside,
  children,
  footer,
  as: Element = 'div',
  testId,
  className,
}: CardProps) {
  // The title names the card, so `getByRole('article', { name })` finds it.
  const titleId = useId();
  const hasTitle = title !== undefined;
  return (
    <Element
      className={cx('ui-card', className)}
      aria-labelledby={hasTitle ? titleId : undefined}
      data-testid={testId}
    >
      {hasTitle || aside !== undefined ? (
        <div className="ui-card__header">
          {hasTitle ? (
            <Heading className="ui-card__title" id={titleId}>
              {title}
            </Heading>
          ) : null}
          {aside !== undefined ? (
            <div className="ui-card__aside">{aside}</div>
          ) : null}
        </div>
      ) : null}
      {children !== undefined ? (
        <div className="ui-card__body">{children}</div>
      ) : null}
      {footer !== undefined ? (
        <div className="ui-card__footer">{footer}</div>
      ) : null}
    </Element>
  );
}
