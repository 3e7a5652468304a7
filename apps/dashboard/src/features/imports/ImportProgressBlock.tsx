import { ProgressBar } from '@esm-planner/dashboard-ui';
import type { ProgressState } from './import-progress';

export type ImportProgressBlockProps = {
  /** The progress bar's accessible name: "Upload progress" or "Import progress". */
  label: string;
  /** A sentence for the live region, e.g. "Reading the file…". */
  status: string;
  progress: ProgressState;
};

/** A progress bar with its numbers beside it and a live status line. */
export function ImportProgressBlock({
  label,
  status,
  progress,
}: ImportProgressBlockProps) {
  const percent =
    progress.value === null ? null : `${Math.round(progress.value)}%`;
  return (
    <div className="import-progress">
      <p className="import-progress__status" role="status">
        {status}
      </p>
      <ProgressBar
        label={label}
        value={progress.value}
        valueText={percent ? `${percent}: ${progress.text}` : progress.text}
        testId="import-progress"
      />
      <p className="import-progress__text">
        {percent ? <strong>{percent}</strong> : null} {progress.text}
      </p>
    </div>
  );
}
