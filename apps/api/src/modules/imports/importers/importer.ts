import type { ImportJobEntity } from '@esm-planner/api-data-access-db';
import type { RecordSource } from '../readers/record-source';

/** One problem found in a file (data-formats.md: line N, column C: message (value)). */
export type ReportedError = { line: number; column: number | null; message: string; value?: string | null };
export type MappedValue = { field: string; value: string; count: number };

export type ImportOutcome = {
  ok: boolean;
  rowsRead: number;
  rowsStored: number;
  rowsDuplicate: number;
  errors: ReportedError[];
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
};

export function failedOutcome(rowsRead: number, errors: ReportedError[], mappedToOther: MappedValue[] = []): ImportOutcome {
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
