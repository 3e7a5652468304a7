import { formatBytes, formatCount } from '../formatting/format';

/** The job fields progress is computed from. */
export type JobProgressFields = {
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  bytesRead: number;
  bytesTotal?: number | null;
  rowsRead: number;
};

/** A progress bar's state: percent (null = unknown) and what it says. */
export type ProgressState = {
  value: number | null;
  text: string;
};

/** While the file travels to the server. */
export function uploadProgressState(
  loaded: number,
  total: number | null,
): ProgressState {
  if (!total) return { value: null, text: `${formatBytes(loaded)} sent` };
  // The multipart body is a little larger than the file it carries.
  const sent = Math.min(loaded, total);
  return {
    value: (sent / total) * 100,
    text: `${formatBytes(sent)} of ${formatBytes(total)} sent`,
  };
}

function rowsText(rows: number): string {
  return `${formatCount(rows)} ${rows === 1 ? 'row' : 'rows'} read`;
}

/** While the server reads the file: bytes read of the total, and rows. */
export function jobProgressState(job: JobProgressFields): ProgressState {
  switch (job.status) {
    case 'QUEUED':
      return { value: null, text: 'Waiting to start…' };
    case 'SUCCEEDED':
      return { value: 100, text: `Finished: ${rowsText(job.rowsRead)}` };
    case 'FAILED':
      return { value: 100, text: `Stopped: ${rowsText(job.rowsRead)}` };
    case 'CANCELLED':
      return {
        value: null,
        text: `Cancelled: ${rowsText(job.rowsRead)}, nothing stored`,
      };
    case 'RUNNING': {
      const total = job.bytesTotal ?? 0;
      if (total <= 0) return { value: null, text: rowsText(job.rowsRead) };
      return {
        value: Math.min(100, (job.bytesRead / total) * 100),
        text: `${formatBytes(job.bytesRead)} of ${formatBytes(total)} read · ${rowsText(job.rowsRead)}`,
      };
    }
  }
}

/** Whether the job has finished one way or the other. */
export function isFinished(status: JobProgressFields['status']): boolean {
  return (
    status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELLED'
  );
}
