import { cx } from '../class-names';
import './Spinner.css';

export type SpinnerProps = {
  /** What is loading, read by screen readers (and shown when `showLabel`). */
  label?: string;
  size?: 'sm' | 'md';
  showLabel?: boolean;
  /** Inside a control that already says it is busy: hidden from assistive tech. */
  decorative?: boolean;
};

export function Spinner({
  label = 'Loading…',
  size = 'md',
  showLabel = false,
  decorative = false,
}: SpinnerProps) {
  if (decorative) {
    return (
      <span
        className={cx('ui-spinner__circle', `ui-spinner__circle--${size}`)}
        aria-hidden="true"
      />
    );
  }
  return (
    <span className="ui-spinner" role="status">
      <span
        className={cx('ui-spinner__circle', `ui-spinner__circle--${size}`)}
        aria-hidden="true"
      />
      <span className={showLabel ? 'ui-spinner__label' : 'ui-visually-hidden'}>
        {label}
      </span>
    </span>
  );
}

export type LoadingStateProps = {
  /** e.g. "Loading departments…" */
  label: string;
};

/** A page- or section-sized loading placeholder with a visible label. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="ui-loading-state">
      <Spinner label={label} showLabel />
    </div>
  );
}
