import type { ReactNode } from 'react';
import { Icon } from '../icon/Icon';
import './Banner.css';

export type ErrorBannerProps = {
  title?: string;
  /** One sentence per problem, already written for people. */
  messages: readonly string[];
  /** e.g. a "Try again" button. */
  action?: ReactNode;
  testId?: string;
};

/** A problem the person should read now; announced by screen readers. */
export function ErrorBanner({
  title = 'Something went wrong',
  messages,
  action,
  testId,
}: ErrorBannerProps) {
  return (
    <div
      className="ui-banner ui-banner--danger"
      role="alert"
      data-testid={testId}
    >
      <Icon name="alert" className="ui-banner__icon" />
      <div className="ui-banner__content">
        <p className="ui-banner__title">{title}</p>
        {messages.length === 1 ? (
          <p>{messages[0]}</p>
        ) : (
          <ul className="ui-banner__list">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {action !== undefined ? (
          <div className="ui-banner__action">{action}</div>
        ) : null}
      </div>
    </div>
  );
}
