import type { ReactNode } from 'react';
import { Icon } from '../icon/Icon';
import './Banner.css';

export type InlineNoticeProps = {
  children: ReactNode;
  tone?: 'warning' | 'info';
  testId?: string;
};

/** A short, non-blocking remark inside content, e.g. "No service owner named". */
export function InlineNotice({
  children,
  tone = 'warning',
  testId,
}: InlineNoticeProps) {
  return (
    <span
      className={`ui-inline-notice ui-inline-notice--${tone}`}
      data-testid={testId}
    >
      <Icon
        name={tone === 'warning' ? 'alert' : 'info'}
        className="ui-inline-notice__icon"
      />
      <span>{children}</span>
    </span>
  );
}
