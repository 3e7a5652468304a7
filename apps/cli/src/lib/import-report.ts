/** The fields of an ImportJob the command line prints. */
export type ImportJobReport = {
  id: string;
  status: string;
  rowsRead: number;
  rowsStored: number;
  rowsDuplicate: number;
  errorCount: number;
  message: string | null;
  mappedToOther: { field: string; value: string; count: number }[];
  errors: { line: number; column: number | null; message: string; value: string | null }[];
};

/** `line N, column C: message (value seen)`, as data-formats.md words it. */
export function formatImportError(error: ImportJobReport['errors'][number]): string {
  const where = error.column === null ? `line ${error.line}` : `line ${error.line}, column ${error.column}`;
  const seen = error.value === null || error.value === undefined ? '' : ` (${JSON.stringify(error.value)})`;
  return `${where}: ${error.message}${seen}`;
}

/** The report of a finished import, as lines of text. */
export function formatImportReport(job: ImportJobReport): string[] {
  const lines = [
    `Import ${job.id}: ${job.status}`,
    `  rows read ${job.rowsRead}, stored ${job.rowsStored}, unchanged (duplicates) ${job.rowsDuplicate}`,
  ];
  if (job.message) lines.push(`  ${job.message}`);
  for (const mapped of job.mappedToOther) {
    lines.push(`  ${mapped.field} "${mapped.value}" was stored as OTHER (${mapped.count} row${mapped.count === 1 ? '' : 's'})`);
  }
  if (job.errorCount > 0) {
    const shown = job.errors.length < job.errorCount ? ` (the first ${job.errors.length} of ${job.errorCount})` : '';
    lines.push(`  Errors${shown}:`);
    for (const error of job.errors) lines.push(`    ${formatImportError(error)}`);
  }
  return lines;
}
