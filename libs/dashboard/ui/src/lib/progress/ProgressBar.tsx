import { cx } from '../class-names';
import './ProgressBar.css';

export type ProgressBarProps = {
  /** The accessible name, e.g. "Import progress". */
  label: string;
  /** 0–100, or null while the amount is unknown (an indeterminate bar). */
  value: number | null;
  /** What a screen reader says instead of the bare percentage, e.g. "1.2 MB of 3.4 MB". */
  valueText?: string;
  tone?: 'progress' | 'success' | 'danger';
  testId?: string;
};

/** A `role="progressbar"` with aria-valuenow, and the text shown beside it. */
export function ProgressBar({
  label,
  value,
  valueText,
  tone = 'progress',
  testId,
}: ProgressBarProps) {
  const clamped =
    value === null ? null : Math.round(Math.min(100, Math.max(0, value)));
  return (
    <div
      className={cx(
        'ui-progress',
        `ui-progress--${tone}`,
        clamped === null && 'ui-progress--indeterminate',
      )}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped ?? undefined}
      aria-valuetext={valueText}
      data-testid={testId}
    >
      <div
        className="ui-progress__fill"
        style={clamped === null ? undefined : { width: `${clamped}%` }}
      />
    </div>
  );
}
