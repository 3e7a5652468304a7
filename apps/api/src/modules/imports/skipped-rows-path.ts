/** The download route of a job's skipped rows (skipped-rows.controller.ts). */
export const SKIPPED_ROWS_ROUTE = 'exports/imports';

export function skippedRowsPath(jobId: string): string {
  return `/${SKIPPED_ROWS_ROUTE}/${jobId}/skipped-rows.csv`;
}
