import type { ImportJobEntity } from '@esm-planner/api-data-access-db';
import type { RecordSource } from '../readers/record-source';

/** How many problems a job's report keeps (the full list of skipped rows is in import_skipped_row). */
export const MAX_REPORTED_ERRORS = 100;

/** One problem found in a file (data-formats.md: line N, column C: message (value)). */
export type ReportedError = {
  line: number;
  column: number | null;
  message: string;
  value?: string | null;
};
export type MappedValue = { field: string; value: string; count: number };

export type ImportOutcome = {
  ok: boolean;
  rowsRead: number;
  rowsStored: number;
  rowsDuplicate: number;
  /** Rows (or event-log cases) left out under invalidRows: SKIP. */
  rowsSkipped?: number;
  /** All problems of a failed import; under SKIP, the first problems of the skipped rows. */
  errors: ReportedError[];
  /** How many problems there were in all, when `errors` holds only the first of them. */
  errorCount?: number;
  mappedToOther: MappedValue[];
  message: string;
};

/** Reads one kind of file and, only when every row is valid, stores it in one transaction. */
export type Importer = {
  run(input: {
    job: ImportJobEntity;
    source: RecordSource;
    onRows: (rowsRead: number) => void;
    // The staged file itself and a byte counter, for importers that hand
    // the bytes to PostgreSQL without reading the records (requests).
    filePath?: string;
    onBytes?: (bytesRead: number) => void;
  }): Promise<ImportOutcome>;
};

/** The options stored on a job when it is started. */
export type ImportJobOptions = {
  windowStart?: string;
  windowEnd?: string;
  createDepartments?: boolean;
  departmentMapping?: { source: string; department: string }[];
  // What the requester may touch, decided when the import was started:
  // 'ALL' departments or a department head's own ones.
  allowedDepartmentIds?: 'ALL' | string[];
  /** FAIL (default): any invalid row fails the import; SKIP: valid rows are stored, invalid ones listed. */
  invalidRows?: InvalidRowPolicy;
  /** Run the whole import, report, and roll it back. */
  dryRun?: boolean;
};

export type InvalidRowPolicy = 'FAIL' | 'SKIP';

/** Whether invalid rows are skipped rather than failing the import. */
export const skipsInvalidRows = (options: ImportJobOptions) =>
  options.invalidRows === 'SKIP';

/** The report's summary of a SKIP import's left-out rows, or ''. */
export function skippedSummary(rowsSkipped: number, what = 'row'): string {
  return rowsSkipped > 0
    ? ` ${plural(rowsSkipped, `invalid ${what}`)} skipped (listed in the skipped-rows file).`
    : '';
}

/** Rewords a successful outcome's message when the import was a dry run (rolled back). */
export function asDryRun(outcome: ImportOutcome): ImportOutcome {
  if (!outcome.ok) return outcome;
  return {
    ...outcome,
    message: `Dry run, nothing was stored — this import would do: ${outcome.message}`,
  };
}

/**
 * Every row of a SKIP import was invalid: nothing to store. That is far
 * more likely a wrong mapping or file than a file to accept empty, so it
 * fails, listing the problems.
 */
export function allRowsInvalid(
  rowsRead: number,
  errors: ReportedError[],
  errorCount: number,
  mappedToOther: MappedValue[] = [],
): ImportOutcome {
  return {
    ...failedOutcome(rowsRead, errors, mappedToOther),
    errorCount,
    message: `None of the ${plural(rowsRead, 'row')} is valid: nothing was stored. Check the file and its mapping.`,
  };
}

export function failedOutcome(
  rowsRead: number,
  errors: ReportedError[],
  mappedToOther: MappedValue[] = [],
): ImportOutcome {
  const count = errors.length;
  return {
    ok: false,
    rowsRead,
    rowsStored: 0,
    rowsDuplicate: 0,
    errors,
    mappedToOther,
    message: `${count} error${count === 1 ? '' : 's'} found: nothing was stored. Fix the file and import it again.`,
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
