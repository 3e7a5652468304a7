/** The fields of an ImportJob the command line prints. */
export type ImportJobReport = {
  id: string;
  status: string;
  rowsRead: number;
  rowsStored: number;
  rowsDuplicate: number;
  /** Left out as invalid under --skip-invalid (absent from older servers' answers). */
  rowsSkipped?: number;
  dryRun?: boolean;
  errorCount: number;
  message: string | null;
  mappedToOther: { field: string; value: string; count: number }[];
  errors: {
    line: number;
    column: number | null;
    message: string;
    value: string | null;
  }[];
};

/** `line N, column C: message (value seen)`, as data-formats.md words it. */
export function formatImportError(
  error: ImportJobReport['errors'][number],
): string {
  const where =
    error.column === null
      ? `line ${error.line}`
      : `line ${error.line}, column ${error.column}`;
  const seen =
    error.value === null || error.value === undefined
      ? ''
      : ` (${JSON.stringify(error.value)})`;
  return `${where}: ${error.message}${seen}`;
}

/** The report of a finished import, as lines of text. */
export function formatImportReport(job: ImportJobReport): string[] {
  const skipped = job.rowsSkipped
    ? `, skipped (invalid) ${job.rowsSkipped}`
    : '';
  const lines = [
    `Import ${job.id}: ${job.status}${job.dryRun ? ' (dry run: nothing was stored)' : ''}`,
    `  rows read ${job.rowsRead}, ${job.dryRun ? 'would store' : 'stored'} ${job.rowsStored}, unchanged (duplicates) ${job.rowsDuplicate}${skipped}`,
  ];
  if (job.message) lines.push(`  ${job.message}`);
  for (const mapped of job.mappedToOther) {
    lines.push(
      `  ${mapped.field} "${mapped.value}" was stored as OTHER (${mapped.count} row${mapped.count === 1 ? '' : 's'})`,
    );
  }
  if (job.errorCount > 0) {
    const shown =
      job.errors.length < job.errorCount
        ? ` (the first ${job.errors.length} of ${job.errorCount})`
        : '';
    lines.push(
      `  ${job.rowsSkipped ? 'Problems of the skipped rows' : 'Errors'}${shown}:`,
    );
    for (const error of job.errors)
      lines.push(`    ${formatImportError(error)}`);
  }
  return lines;
}
